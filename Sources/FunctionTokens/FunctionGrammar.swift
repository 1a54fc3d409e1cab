/// What every function grammar is: made over one file's `TokenStream`, it reads the stream once, in one forward
/// pass, and returns the functions it found sorted by start line. FunctionDetector (FunctionScan) picks one per
/// `function_style` and runs it; the grammars live in FunctionScan, ScriptFunctions and JavaScriptFunctions.
public protocol FunctionGrammar {
    /// The file's functions, sorted by start line. Call once per grammar value.
    mutating func run() -> [FunctionFacts]
}
