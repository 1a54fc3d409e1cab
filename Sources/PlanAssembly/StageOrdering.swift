import Planning

/// Orders stages by payback while every stage comes after the stages it needs.
///
/// Each repair (a group of stages) is ranked by its interest saved per hour of work; a stage's own
/// ratio would rank an interface stage, which saves nothing by itself, behind the moves it enables.
/// A repair that later repairs need is worth, at least, what it and they save together per hour: the first
/// module extracted from httpx (5,773 lines) saves nothing while the module stays at the friction cap, yet the
/// second extraction, which needs it, saves 15 h a month; ranked alone it went after 24 three-year paybacks.
/// Greedy topological order: among the stages whose needs are done, take the best group's next stage
/// (ties: the group's first appearance, then the stage's position in it).
enum StageOrdering {
    static func ordered(_ stages: [PlanStage]) -> [PlanStage] {
        var firstSeen: [String: Int] = [:]
        var totals: [String: (interest: Double, hours: Double)] = [:]
        for (index, stage) in stages.enumerated() {
            totals[stage.group, default: (0, 0)].interest += stage.interestSavedHoursPerMonth
            totals[stage.group, default: (0, 0)].hours += stage.principalHours
            if firstSeen[stage.group] == nil { firstSeen[stage.group] = index }
        }
        let score = scores(totals, dependents: dependents(stages))
        let ids = Set(stages.map(\.id))
        var done = Set<String>()
        var pending = Array(stages.enumerated())
        var result: [PlanStage] = []
        while !pending.isEmpty {
            let ready = pending.filter { entry in entry.element.needs.allSatisfy { done.contains($0) || !ids.contains($0) } }
            // A dependency loop cannot happen with the builders above; if it did, take the rest in input order.
            let candidates = ready.isEmpty ? pending : ready
            guard let next = candidates.min(by: { left, right in
                let a = (-(score[left.element.group] ?? 0), firstSeen[left.element.group] ?? 0, left.offset)
                let b = (-(score[right.element.group] ?? 0), firstSeen[right.element.group] ?? 0, right.offset)
                return a < b
            }) else { break }
            result.append(next.element)
            done.insert(next.element.id)
            pending.removeAll { $0.offset == next.offset }
        }
        return result
    }

    /// Per group, the groups with a stage that needs one of its stages (not one only placed after it, `placedAfter`).
    static func dependents(_ stages: [PlanStage]) -> [String: Set<String>] {
        let groupOf = Dictionary(stages.map { ($0.id, $0.group) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Set<String>] = [:]
        for stage in stages {
            for need in stage.needs where !stage.placedAfter.contains(need) {
                if let group = groupOf[need], group != stage.group { result[group, default: []].insert(stage.group) }
            }
        }
        return result
    }

    /// The groups that need `group`, directly or through others.
    static func reachable(from group: String, dependents: [String: Set<String>]) -> Set<String> {
        var reached: Set<String> = []
        var frontier = [group]
        while let next = frontier.popLast() {
            for dependent in dependents[next] ?? [] where dependent != group && reached.insert(dependent).inserted {
                frontier.append(dependent)
            }
        }
        return reached
    }

    /// A group's interest saved per hour: its own, or with every group that needs it (transitively) when that is more.
    private static func scores(
        _ totals: [String: (interest: Double, hours: Double)], dependents: [String: Set<String>]
    ) -> [String: Double] {
        var result: [String: Double] = [:]
        for (group, own) in totals {
            let reached = reachable(from: group, dependents: dependents).union([group])
            // Added in a fixed order: a Set's changes from run to run, and so would the sums' last bits.
            let together = reached.sorted().compactMap { totals[$0] }.reduce((interest: 0.0, hours: 0.0)) {
                ($0.interest + $1.interest, $0.hours + $1.hours)
            }
            result[group] = max(own.interest / max(own.hours, 0.01), together.interest / max(together.hours, 0.01))
        }
        return result
    }
}
