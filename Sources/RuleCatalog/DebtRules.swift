import DebtModel
import Foundation

/// Decodes and validates the (merged) rule files and model parameters.
enum DebtRules {
    /// The rules, sorted by id: each file decodes, its id equals its file name, ids are unique, metrics are
    /// known, and `warning` lies on the right side of `error` for the rule's direction.
    static func decode(_ documents: [DefaultDocuments.RuleDocument]) throws(RuleCatalogError) -> [Rule] {
        for document in documents {
            _ = try document.node.expectMap(document.file, allowed: DefaultDocuments.ruleKeys)
            try checkMetrics(document.node, file: document.file)
            try checkActivity(document.node, file: document.file)
            if let scale = document.node["friction_scale"] {
                _ = try scale.expectChoice("rules.\(document.id).friction_scale", from: frictionScales)
            }
        }
        // One decode for all files (a JSONDecoder per file cost a millisecond of start-up); on failure,
        // decode file by file to name the culprit.
        let all = SettingNode(kind: .list(documents.map(\.node)), origin: .defaults(file: "debt"))
        let decoded: [Rule]
        do {
            decoded = try JSONDecoder().decode([Rule].self, from: all.json())
        } catch {
            for document in documents {
                _ = try DefaultDocuments.decode(Rule.self, from: document.node, file: document.file)
            }
            throw .invalid(file: "debt", detail: DecodingMessage.describe(error))
        }
        var rules: [Rule] = []
        var seen = Set<String>()
        for (document, rule) in zip(documents, decoded) {
            let file = document.file
            guard rule.id == document.id else {
                throw .invalid(file: file, detail: "id '\(rule.id)' must equal the file name '\(document.id)'")
            }
            guard seen.insert(rule.id).inserted else {
                throw .invalid(file: file, detail: "rule '\(rule.id)' is defined twice")
            }
            guard rule.version == 1 else {
                throw .invalid(file: file, detail: "unsupported version \(rule.version); expected 1")
            }
            try checkOrder(rule, at: thresholdsOrigin(document.node))
            rules.append(rule)
        }
        return rules
    }

    /// Where to point at thresholds: a configured value if there is one, else the thresholds' file.
    private static func thresholdsOrigin(_ rule: SettingNode) -> SettingOrigin {
        let thresholds = rule["thresholds"]
        let values = [thresholds?["warning"], thresholds?["error"]].compactMap { $0?.origin }
        if let configured = values.first(where: { if case .configuration = $0 { true } else { false } }) {
            return configured
        }
        return thresholds?.origin ?? rule.origin
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

    /// The values `friction_scale:` takes.
    static let frictionScales = ["none"] + Rule.frictionScales.map(\.rawValue)

    /// The values `activity:` takes.
    static let activities = Rule.ActivityBasis.allCases.map(\.rawValue)

    /// `activity:` in a rule file (defaults merged with the configuration's `rules:`), checked.
    private static func checkActivity(_ node: SettingNode, file: String) throws(RuleCatalogError) {
        guard let activity = node["activity"] else { return }
        let id = node["id"]?.text ?? file
        _ = try Self.activity(activity, path: "rules.\(id).activity", rule: id, scope: node["scope"]?.text)
    }

    /// An `activity:` value: one of `activities`, and other than the default only on a module rule (only a
    /// module's findings are paid on changes other than their subject's own).
    static func activity(
        _ node: SettingNode, path: String, rule: String, scope: String?
    ) throws(RuleCatalogError) -> SettingNode {
        let value = try node.expectChoice(path, from: activities)
        guard value.text != Rule.ActivityBasis.crossingChanges.rawValue || scope == Scope.module.rawValue else {
            throw .at(node.origin, "activity crossing_changes applies to module rules only (rule '\(rule)')")
        }
        return value
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
