import ModuleGraph
import BuildManifests
import PlainManifests
import Testing

/// R's DESCRIPTION, Julia's Project.toml and Crystal's shard.yml: one package each, named as its registry names it.
@Suite struct PackageFileManifestsTests {
    @Test func anRPackageIsNamedByItsDescriptionAndDependsOnWhatItImportsButR() {
        // tidyverse/dplyr's DESCRIPTION (shortened); a project's DESCRIPTION with no Package: field declares nothing.
        let files = [
            "DESCRIPTION": """
                Type: Package
                Package: dplyr
                Title: A Grammar of Data Manipulation
                Depends:
                    R (>= 4.1.0)
                Imports:
                    cli (>= 3.6.2),
                    generics,
                    rlang (>= 1.1.7)
                LinkingTo: cpp11
                """,
            "R/mutate.R": "", "data-raw/starwars.R": "", "tests/testthat/test-mutate.R": "",
            "analysis/DESCRIPTION": "Title: An analysis\nImports: dplyr\n",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: RPackageManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"dplyr [library] roots=[""] deps=["cli", "cpp11", "generics", "rlang"] imports=[] @DESCRIPTION:2"#,
        ])
        #expect(modules.first?.isTooling("data-raw/starwars.R") == true)
        #expect(modules.first?.isTooling("R/mutate.R") == false)
    }

    @Test func aJuliaPackageIsNamedByItsProjectAndAnEnvironmentDeclaresNothing() {
        let files = [
            "Project.toml": """
                name = "Flux"
                uuid = "587475ba-b771-5e3f-ad9e-33799f191a9c"

                [deps]
                Adapt = "79e6a3ab-5dfb-504d-930d-738a2a938a0e"
                Zygote = "e88e6eb3-aa80-5325-afca-941959d7151f"

                [weakdeps]
                CUDA = "052768ef-5323-5732-b1bb-66c8b64840ba"
                """,
            "docs/Project.toml": "[deps]\nDocumenter = \"e30172f5-a6a5-5a46-863b-614d45cd2de4\"\n",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: JuliaProjectManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"Flux [library] roots=[""] deps=["Adapt", "CUDA", "Zygote"] imports=[] @Project.toml:1"#,
        ])
        #expect(modules.first?.isTooling("docs/make.jl") == true)
    }

    @Test func aCrystalShardIsNamedByItsShardYml() {
        let files = [
            "shard.yml": """
                name: kemal
                version: 1.12.0

                dependencies:
                  radix:
                    github: luislavena/radix
                development_dependencies:
                  ameba:
                    github: crystal-ameba/ameba
                """,
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: ShardManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"kemal [library] roots=[""] deps=["ameba", "radix"] imports=[] @shard.yml:1"#,
        ])
    }
}
