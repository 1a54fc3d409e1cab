import Foundation
import Gate

extension RuleCatalog {
    /// The gate's tolerances: `gate.yaml` in the rules folder (defaults when the folder has none), with the
    /// configuration's `gate:` section merged over it (same keys, numbers only).
    public func gateTolerances() throws(RuleCatalogError) -> GateTolerances {
        let url = folder.appendingPathComponent("gate.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else { return GateTolerances() }
        var tree = try DefaultDocuments.tree(url, display: "\(folder.lastPathComponent)/gate.yaml")
        if let configuration, let settings = try configuration.read(), let gate = settings["gate"] {
            tree = try ConfigurationMerge.conform(gate, to: tree, path: "gate")
        }
        let tolerances = try DefaultDocuments.decode(GateTolerances.self, from: tree, file: "gate.yaml")
        guard tolerances.version == 1 else {
            throw .invalid(file: "gate.yaml", detail: "unsupported version \(tolerances.version); expected 1")
        }
        return tolerances
    }
}
