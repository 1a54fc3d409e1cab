internal import CLibGit2
import Foundation
import GitCore

/// The repository's `.mailmap`, which folds a person's many names and emails into one.
final class Mailmap {
    private let handle: OpaquePointer?

    /// Loads the mailmap the way git does (work tree, then HEAD for bare repositories, then config).
    /// A repository without one gets an empty mailmap.
    init(repository: Repository) {
        var pointer: OpaquePointer?
        if git_mailmap_from_repository(&pointer, repository.handle) == 0 {
            handle = pointer
        } else {
            handle = nil
        }
    }

    deinit { git_mailmap_free(handle) }

    /// The commit's author after mapping, with invalid UTF-8 shown as U+FFFD.
    func author(of commit: OpaquePointer) -> (author: Author, time: Int64, offsetMinutes: Int) {
        var signature: UnsafeMutablePointer<git_signature>?
        if git_commit_author_with_mailmap(&signature, commit, handle) == 0, let signature {
            defer { git_signature_free(signature) }
            return Mailmap.convert(signature.pointee)
        }
        guard let raw = git_commit_author(commit) else {
            return (Author(name: "", email: ""), 0, 0)
        }
        return Mailmap.convert(raw.pointee)
    }

    private static func convert(_ signature: git_signature) -> (author: Author, time: Int64, offsetMinutes: Int) {
        let name = signature.name.map { Mailmap.text($0) } ?? ""
        let email = signature.email.map { Mailmap.text($0) } ?? ""
        return (Author(name: name, email: email), signature.when.time, Int(signature.when.offset))
    }

    static func text(_ pointer: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
        return String(decoding: bytes, as: UTF8.self)
    }
}
