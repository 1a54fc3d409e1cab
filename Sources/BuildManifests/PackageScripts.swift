import ManifestSyntax

/// The commands a `package.json`'s `scripts` run: the first word of each command (`vite` of `"dev": "vite"`,
/// `vitest` of `"test": "tsc && vitest run"`), and what `npx`, `pnpm exec`, `yarn` or `bunx` runs.
///
/// A package whose binary is named as it is (`vite`, `vitest`, `eslint`) is used by the scripts that run it: create-vite's
/// templates declare `vite` and never import it.
public enum PackageScripts {
    public static func commands(_ bytes: [UInt8]) -> Set<String> {
        guard !ManifestText.looksBinary(bytes) else { return [] }
        let json = JSONObject(bytes, kind: "package.json")
        guard json.problem == nil, let scripts = json.fields["scripts"] as? [String: Any] else { return [] }
        var found = Set<String>()
        for case let script as String in scripts.values {
            // Each command of `a && b || c; d | e`.
            for command in script.split(whereSeparator: { "&|;".contains($0) }) {
                let words = command.split(separator: " ").map(String.init).filter { !$0.contains("=") }
                guard var first = words.first else { continue }
                if ["npx", "bunx", "pnpx", "yarn", "exec", "pnpm", "npm"].contains(first) {
                    first = words.dropFirst().first { $0 != "exec" && $0 != "dlx" && !$0.hasPrefix("-") } ?? first
                }
                found.insert(first)
            }
        }
        return found
    }
}
