/// Module budgets and test-code patterns, from `rules/modules.yaml`.
public struct ModuleSettings: Hashable, Sendable, Codable {
    /// Code-line thresholds for a module's non-test files.
    public struct Budget: Hashable, Sendable, Codable {
        public var warning: Int
        public var error: Int

        public init(warning: Int, error: Int) {
            self.warning = warning
            self.error = error
        }
    }

    public var budget: Budget
    /// Globs that mark a file as test code.
    public var testPaths: [String]

    public init(budget: Budget, testPaths: [String]) {
        self.budget = budget
        self.testPaths = testPaths
    }

    private enum CodingKeys: String, CodingKey {
        case budget
        case testPaths = "test_paths"
    }
}
