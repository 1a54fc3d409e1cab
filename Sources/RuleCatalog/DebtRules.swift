import DebtModel

/// Decodes and validates the (merged) rule files and model parameters.
enum DebtRules {
    /// The rules, sorted by id: each file decodes, its id equals its file name, ids are unique, metrics are
    /// known, and `warning` lies on the right side of `error` for the rule's direction.
    static func decode(_ documents: [DefaultDocuments.RuleDocument]) throws(RuleCatalogError) -> [Rule] {
        var rules: [Rule] = []
        var seen = Set<String>()
        for document in documents {
            let file = document.file
            _ = try document.node.expectMap(file, allowed: DefaultDocuments.ruleKeys)
            try checkMetrics(document.node, file: file)
            let rule = try DefaultDocuments.decode(Rule.self, from: document.node, file: file)
            guard rule.id == document.id else {
                throw .invalid(file: file, detail: "id '\(rule.id)' must equal the file name '\(document.id)'")
            }
            guard seen.insert(rule.id).inserted else {
                throw .invalid(file: file, detail: "rule '\(rule.id)' is defined twice")
            }
            guard rule.version == 1 else {
                throw .invalid(file: file, detail: "unsupported version \(rule.version); expected 1")
            }
            try checkOrder(rule, at: document.node["thresholds"]?.origin ?? document.node.origin)
            rules.append(rule)
        }
        return rules
    }

    /// Fails when `warning` lies beyond `error` for the rule's direction.
    static func checkOrder(_ rule: Rule, at origin: SettingOrigin) throws(RuleCatalogError) {
        guard !rule.thresholds.isOrdered(for: rule.direction) else { return }
        let relation = rule.direction == .higherIsWorse ? "must not exceed" : "must not be below"
        let warning = SettingNode.format(rule.thresholds.warning)
        let error = SettingNode.format(rule.thresholds.error)
        throw .at(
            origin,
            "rule '\(rule.id)' is \(rule.direction.rawValue): warning \(warning) \(relation) error \(error)")
    }

    /// Names an unknown metric in `metric:`, `applies_when:` or an example with the list of known ones.
    private static func checkMetrics(_ node: SettingNode, file: String) throws(RuleCatalogError) {
        let known = MetricID.allCases.map(\.rawValue)
        func check(_ name: String?, _ origin: SettingOrigin) throws(RuleCatalogError) {
            guard let name, MetricID(rawValue: name) == nil else { return }
            let id = node["id"]?.text ?? file
            throw .at(origin, KeySuggestion.unknownKey(name, in: "rule '\(id)'", expected: known, noun: "metric"))
        }
        if let metric = node["metric"] { try check(metric.text, metric.origin) }
        if case .list(let conditions) = node["applies_when"]?.kind {
            for condition in conditions { try check(condition["metric"]?.text, condition.origin) }
        }
        for key in ["triggering", "non_triggering"] {
            guard case .list(let samples) = node["examples"]?[key]?.kind else { continue }
            for sample in samples {
                for entry in sample.entries { try check(entry.key, entry.keyOrigin) }
            }
        }
    }
}
