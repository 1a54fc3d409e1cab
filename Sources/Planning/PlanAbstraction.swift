/// What a plan needs to bring a depended-upon module back to the main sequence (a `main-sequence-distance`
/// finding): D = |A + I − 1|, A its abstract types ÷ all its types, I its instability.
///
/// Its files with their declarations are the module's `PlanModule`; this adds the type counts the scan measured A
/// from, and which of its dependents' files use which of its names.
public struct PlanAbstraction: Hashable, Sendable {
    public var module: String
    /// I = Ce / (Ca + Ce), as the scan measured it.
    public var instability: Double
    /// Ca: the modules that ship and import it, as the scan counted them (not all of them name its types:
    /// `callers` holds those that do). Nil: not known, and the callers' modules stand in.
    public var afferent: Int?
    /// The abstract and concrete types the scan counted in its files (A = abstract ÷ both).
    public var abstractTypes: Int
    public var concreteTypes: Int
    /// Per module that ships and imports it, that module's files using its names, with the names.
    public var callers: [String: [Caller]]
    /// Its top-level declarations that are abstract (protocols, interfaces, traits, abstract classes, Go
    /// interface types).
    public var abstractNames: Set<String>
    /// Its top-level declarations that are concrete types (classes, structs, records…; Go struct types, not a
    /// named `string`): what an interface can stand in front of.
    public var concreteNames: Set<String>
    /// Per concrete type with behaviour, its methods (not construction, equality, hashing, printing nor accessors)
    /// that the dependents' files using it name, sorted; all its methods for a dependent whose language hides member
    /// uses (Rust, JavaScript, PHP: `a.b()` names no `b`). A type with no entry is data to its dependents.
    public var methods: [String: [String]]

    /// Creates the input for one module.
    public init(
        module: String, instability: Double, abstractTypes: Int, concreteTypes: Int, callers: [String: [Caller]],
        abstractNames: Set<String> = [], concreteNames: Set<String> = [], methods: [String: [String]] = [:],
        afferent: Int? = nil
    ) {
        self.afferent = afferent
        self.methods = methods
        self.concreteNames = concreteNames
        self.module = module
        self.instability = instability
        self.abstractTypes = abstractTypes
        self.concreteTypes = concreteTypes
        self.callers = callers
        self.abstractNames = abstractNames
    }
}
