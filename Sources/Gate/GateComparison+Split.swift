import DebtModel

extension GateComparison {
    /// A split's own account: the modules it touches, and the interest it adds minus what it repays on them.
    ///
    /// The modules are the head's new modules of mostly moved code (`Baseline.modulesOfMovedCode`), the base modules
    /// their code came from, and the modules that gained a dependent while none of their files changed (the new
    /// module imports them). A split whose account is negative repays: its module findings warn instead of failing.
    /// Repayment elsewhere in the same change (an unrelated file cleaned up) buys no split through.
    struct SplitAccount {
        /// The new modules of moved code, when the split repays; else empty.
        let repaying: Set<String>
        /// The modules the split touches.
        let scope: Set<String>
        /// Interest added minus interest removed on `scope`, h/month.
        let net: Double
        let gainedDependents: Set<String>

        init(gate: GateComparison, base: Baseline, head: Baseline, moved: InterestMoved) {
            let splits = base.modulesOfMovedCode(in: head)
            var scope = splits
            for (path, file) in head.files {
                guard let module = file.module, splits.contains(module), let origin = base.files[path]?.module
                else { continue }
                scope.insert(origin)
            }
            gainedDependents = Set(head.modules.compactMap { name, now in
                now.afferent > (base.modules[name]?.afferent ?? .max) && !moved.touched.contains(name) ? name : nil
            })
            scope.formUnion(gainedDependents)
            self.scope = splits.isEmpty ? [] : scope
            net = splits.isEmpty ? 0 : gate.cost(base: base, head: head, within: scope).netInterest
            repaying = net < -1e-9 ? splits : []
        }

        /// A module finding's problem, softened when the split repays: on one of its new modules, or on a module it
        /// gave a dependent while none of its files changed.
        func judged(_ problem: GateProblem, module: String) -> GateProblem {
            guard problem.status == .failure, !repaying.isEmpty else { return problem }
            if repaying.contains(module) { return softened(problem, note: "a module of moved code") }
            guard gainedDependents.contains(module) else { return problem }
            return softened(problem, note: "a split gave the module a dependent, none of its files changed")
        }

        /// The split repays more than its new module's position costs (a concrete module with a few dependents is
        /// far from the main sequence the day it is extracted), so it warns; a module it gave a dependent moved
        /// with the split's code, as its interest does (`InterestMoved`).
        private func softened(_ problem: GateProblem, note: String) -> GateProblem {
            var softened = problem
            softened.status = .warning
            softened.note = "\(note), and the split lowers the interest of the modules it touches ("
                + scope.sorted().joined(separator: ", ") + ") by "
                + "\(format((-net).roundedForBaseline)) h/month: a split that repays warns"
            return softened
        }
    }
}
