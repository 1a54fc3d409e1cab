/// Rust's orphan rule (RFC 2451) over an `impl<P…> Trait<T1…Tn> for T0` header, as text: the impl is a crate's to
/// write when the trait is its own, or when some `Ti` is its own type and no uncovered type parameter of the impl
/// (`T`, `&T`, `Box<T>`: one no other type wraps) stands among `T0…Ti-1` before it.
///
/// `Box`, `Pin`, `&` and `&mut` are fundamental: `Box<Local>` is as local as `Local` (`impl Future for
/// Pin<&mut Local>` is Local's crate's), and `Box<T>` leaves `T` uncovered. So `impl<T> From<T> for Local` is
/// Local's crate's, while `impl<T> ForeignTrait<Local> for T` is no crate's but the trait's. A raw pointer is
/// fundamental to nothing: `*const Local` is never local.
extension RustImplHeader {
    /// What one of `T0…Tn` is to the rule.
    enum OrphanSide: Equatable {
        /// A type named by a path (through fundamental wrappers), local where the crate declares it.
        case type(String)
        /// One of the impl's type parameters, uncovered.
        case parameter
        /// Neither: a tuple, an array, a raw pointer, a lifetime.
        case other
    }

    /// The fundamental wrappers, as paths may write them.
    static let fundamentals: Set<String> = [
        "Box", "boxed::Box", "std::boxed::Box", "alloc::boxed::Box", "Pin", "pin::Pin", "std::pin::Pin",
        "core::pin::Pin",
    ]

    /// What the type starting at `start` is, with `parameters` the impl's type parameters: `&`, `&mut`, `dyn`,
    /// lifetimes, `Box<…>` and `Pin<…>` looked through.
    static func orphanSide(_ source: SymbolSource, at start: Int, parameters: Set<String>) -> OrphanSide {
        var cursor = start
        for _ in 0..<8 {
            cursor = RustImplHeader.after(references, in: source, from: cursor)
            guard !source.isPunct(cursor, "*"), let found = path(source, at: cursor) else { return .other }
            if parameters.contains(found.path) { return .parameter }
            guard fundamentals.contains(found.path), let open = found.open else { return .type(found.path) }
            cursor = open + 1
        }
        return .other
    }

    /// The types among `sides` (`T0…Tn` in order) that may make the impl local: those before the first uncovered
    /// type parameter.
    static func orphanTypes(of sides: [OrphanSide]) -> [String] {
        var result: [String] = []
        for side in sides {
            switch side {
            case .type(let path): result.append(path)
            case .parameter: return result
            case .other: continue
            }
        }
        return result
    }

    /// What a type is seen through to count as local (a raw pointer's `*` and `const` are not: it never counts).
    private static let references: Set<String> = ["&", "&&", "mut", "dyn"]
}
