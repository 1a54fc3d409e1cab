/// How an inversion's interface is passed in, and which language's interface an npm package speaks.
extension ModuleNaming {
    /// The step after an interface is declared: types conform and are passed in; Python's and Go's interfaces
    /// are satisfied structurally, with nothing to declare.
    package static func passing(_ provider: String, to user: String, are: String, ecosystem: String) -> String {
        // "the types of the files moving to adapters", not "the files moving to adapters's types".
        func its(_ noun: String) -> String { provider.hasPrefix("the ") ? "the \(noun) of \(provider)" : "\(provider)'s \(noun)" }
        switch ecosystem {
        case "python": return "Pass \(its("objects")) in where \(user) \(are) created (a Protocol is satisfied structurally)"
        case "go": return "Pass \(its("values")) in where \(user) \(are) created (an interface is satisfied implicitly)"
        case "javascript": return "Pass \(its("functions")) in, as an object of that shape, where \(user) \(are) created"
        case "luarocks": return "Pass \(its("functions")) in, as a table of that shape, where \(user) \(are) created"
        default: return "Make \(its("types")) conform and pass them in where \(user) \(are) created"
        }
    }

    /// An npm package's interfaces are TypeScript's `interface`, or a JSDoc `@typedef` when most of its code lines are
    /// JavaScript (svelte's packages are JavaScript typed in JSDoc).
    static func javaScriptSpelling(of module: some ModuleLayout) -> String {
        var script = 0
        var typed = 0
        for file in module.files {
            switch file.path.split(separator: ".").last ?? "" {
            case "js", "mjs", "cjs", "jsx": script += file.codeLines
            case "ts", "mts", "cts", "tsx": typed += file.codeLines
            default: break
            }
        }
        return script > typed ? "javascript" : "npm"
    }
}
