internal import CLibGit2

/// The value of a git attribute (`.gitattributes`) for one path.
public enum AttributeValue: Hashable, Sendable {
    case unspecified
    case set
    case unset
    case value(String)

    /// Whether the attribute is set, or set to a value that reads as true.
    public var isTrue: Bool {
        switch self {
        case .set: true
        case .value(let text): text == "true" || text == "1"
        case .unset, .unspecified: false
        }
    }
}

extension Repository {
    /// Looks up one attribute for a path, from the work tree or from a commit's `.gitattributes`.
    ///
    /// With `commit` set, only the commit's attribute files count (no checkout needed).
    public func attribute(
        _ name: String, path: String, commit: ObjectID? = nil
    ) -> AttributeValue {
        var options = git_attr_options()
        options.version = UInt32(GIT_ATTR_OPTIONS_VERSION)
        var value: UnsafePointer<CChar>?
        let code: Int32
        if let commit {
            options.flags = UInt32(GIT_ATTR_CHECK_INCLUDE_COMMIT | GIT_ATTR_CHECK_INDEX_ONLY)
            options.attr_commit_id = commit.raw
            code = git_attr_get_ext(&value, handle, &options, path, name)
        } else {
            options.flags = UInt32(GIT_ATTR_CHECK_FILE_THEN_INDEX)
            code = git_attr_get_ext(&value, handle, &options, path, name)
        }
        guard code == 0 else { return .unspecified }
        switch git_attr_value(value) {
        case GIT_ATTR_VALUE_TRUE: return .set
        case GIT_ATTR_VALUE_FALSE: return .unset
        case GIT_ATTR_VALUE_STRING: return value.map { .value(String(cString: $0)) } ?? .unspecified
        default: return .unspecified
        }
    }
}
