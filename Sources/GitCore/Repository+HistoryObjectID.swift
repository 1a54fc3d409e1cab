internal import CLibGit2

extension ObjectID {
    /// Parses a full 40-character hex id; nil for anything else.
    ///
    /// Lets tests and stored reports turn hex back into ids without a repository.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 40, utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            return nil
        }
        var oid = git_oid()
        let code = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { git_oid_fromstrn(&oid, $0.baseAddress, 40) }
        }
        guard code == 0 else { return nil }
        self.init(oid)
    }
}
