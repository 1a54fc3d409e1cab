import Manifests
import ModuleGraph
import Testing

@Suite struct CMakeManifestTests {
    @Test func targetsResolveVariablesAndSkipAliases() throws {
        let context = try ManifestHarness.fixture("cmake-project")

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"engine-cli [executable] roots=[""] deps=["Threads::Threads", "engine_core"] imports=[] @CMakeLists.txt:8"#,
            #"engine_core [library] roots=[""] deps=["fmt::fmt"] imports=[] @CMakeLists.txt:5"#,
            #"plugin-audio [library] roots=["plugins"] deps=["engine_core"] imports=[] @plugins/CMakeLists.txt:1"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func unclosedCallIsAWarningWithItsLine() {
        let context = ManifestHarness.context(["CMakeLists.txt": "add_library(ok a.c)\n\nadd_executable(tool main.c\n"])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map(\.name) == ["ok", "tool"])
        #expect(result.warnings.map(\.description) == ["CMakeLists.txt:3: call to add_executable is never closed"])
    }
}
