/// Orders stages by payback while every stage comes after the stages it needs.
///
/// Each repair (a group of stages) is ranked by its interest saved per hour of work; a stage's own
/// ratio would rank an interface stage, which saves nothing by itself, behind the moves it enables.
/// Greedy topological order: among the stages whose needs are done, take the best group's next stage
/// (ties: the group's first appearance, then the stage's position in it).
enum StageOrdering {
    static func ordered(_ stages: [PlanStage]) -> [PlanStage] {
        var score: [String: Double] = [:]
        var firstSeen: [String: Int] = [:]
        var totals: [String: (interest: Double, hours: Double)] = [:]
        for (index, stage) in stages.enumerated() {
            totals[stage.group, default: (0, 0)].interest += stage.interestSavedHoursPerMonth
            totals[stage.group, default: (0, 0)].hours += stage.principalHours
            if firstSeen[stage.group] == nil { firstSeen[stage.group] = index }
        }
        for (group, total) in totals { score[group] = total.interest / max(total.hours, 0.01) }
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
}
