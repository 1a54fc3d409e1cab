/// Manifests some tools save in another encoding than UTF-8: Visual Studio wrote solutions (and could write project
/// files) as UTF-16 with a byte order mark, and writes a UTF-8 byte order mark before most of them.
extension ManifestText {
    /// The manifest as UTF-8 bytes: UTF-16 led by its byte order mark (`FF FE` little-endian, `FE FF` big-endian)
    /// transcoded, a UTF-8 byte order mark dropped, anything else as it is; nil when it is binary (a NUL byte in the
    /// first 8 KiB, after transcoding). Line breaks are kept, so line numbers are the file's.
    package static func utf8Text(_ bytes: [UInt8]) -> [UInt8]? {
        let text: [UInt8]
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes.dropFirst(2), bigEndian: true)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = Array(bytes.dropFirst(3))
        } else {
            text = bytes
        }
        return looksBinary(text) ? nil : text
    }

    /// UTF-16 code units (a trailing odd byte dropped) as UTF-8; an unpaired surrogate becomes U+FFFD.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
