import FileReading
import GitCore

/// Whether any attribute file mentions `linguist-vendored` or `linguist-generated`.
///
/// libgit2 answers one attribute query with dozens of `stat` calls, so querying every file costs more
/// than scanning it. Most repositories never set these attributes; then no file is queried at all.
enum LinguistAttributes {
    static func areUsed(listing: FileListing, repository: Repository) -> Bool {
        let marker = Array("linguist-".utf8)
        for entry in listing.entries where entry.path == ".gitattributes" || entry.path.hasSuffix("/.gitattributes") {
            let bytes: [UInt8]?
            if let root = listing.workTree {
                bytes = FileBuffer.read(root: root, rawPath: entry.rawPath)
            } else {
                bytes = repository.blobBytes(entry.id)
            }
            if let bytes, bytes.contains(marker) { return true }
        }
        let info = Array((repository.gitDirectory + "/info").utf8)
        if let bytes = FileBuffer.read(root: String(decoding: info, as: UTF8.self), rawPath: Array("attributes".utf8)),
            bytes.contains(marker)
        {
            return true
        }
        return false
    }
}
