import Manifests
import BuildManifests
import PlainManifests
import ModuleGraph
import Testing

@Suite struct GoRequirementsTests {
    /// opentelemetry-go in small: the root module requires `metric`, which only its root package imports, and `sdk`
    /// is a module of its own, imported by way of its `resource` package from a test.
    private static let context = ManifestHarness.context([
        "go.mod": "module go.opentelemetry.io/otel\nrequire go.opentelemetry.io/otel/metric v1.0.0\n",
        "metric.go": "", "attribute/set.go": "",
        "metric/go.mod": "module go.opentelemetry.io/otel/metric\n", "metric/meter.go": "",
        "sdk/go.mod": "module go.opentelemetry.io/otel/sdk\n", "sdk/version.go": "", "sdk/resource/resource.go": "",
        "exporters/go.mod": "module go.opentelemetry.io/otel/exporters\nrequire go.opentelemetry.io/otel/sdk v1.0.0\n",
        "exporters/export.go": "",
    ])

    @Test func aModulePathIsTheImportPathLessTheFolderBelowGoMod() {
        let modules = ManifestHarness.read(Self.context, with: GoModManifest()).modules

        #expect(modules.map { "\($0.name) → \(GoRequirements.modulePath(of: $0))" }.sorted() == [
            "go.opentelemetry.io/otel → go.opentelemetry.io/otel",
            "go.opentelemetry.io/otel/attribute → go.opentelemetry.io/otel",
            "go.opentelemetry.io/otel/exporters → go.opentelemetry.io/otel/exporters",
            "go.opentelemetry.io/otel/metric → go.opentelemetry.io/otel/metric",
            "go.opentelemetry.io/otel/sdk → go.opentelemetry.io/otel/sdk",
            "go.opentelemetry.io/otel/sdk/resource → go.opentelemetry.io/otel/sdk",
        ])
    }

    @Test func everyPackageOfAGoModSharesWhatAnyOfItsPackagesImports() throws {
        let modules = ManifestHarness.read(Self.context, with: GoModManifest()).modules
        let index = { (name: String) in try #require(modules.firstIndex { $0.name == "go.opentelemetry.io/otel" + name }) }
        let imports = [(try index(""), try index("/metric")), (try index("/exporters"), try index("/sdk/resource"))]

        let used = GoRequirements.used(modules, imports: imports)

        // attribute imports nothing itself, yet its go.mod's requirement of metric is used by the root package.
        #expect(used[try index("/attribute")] == ["go.opentelemetry.io/otel/metric"])
        #expect(used[try index("/exporters")] == ["go.opentelemetry.io/otel/sdk"])
        #expect(used[try index("/sdk")] == [])
    }
}
