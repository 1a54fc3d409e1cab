import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct DotNetProjectManifestTests {
    private func read(_ files: [String: String]) -> [String] {
        let context = ManifestHarness.context(files)
        return ManifestHarness.read(context, with: DotNetProjectManifest()).modules.map {
            "\($0.name) [\($0.kind.rawValue)] roots=\($0.roots) deps=\($0.dependencies) imports=\($0.importNames)"
                + " @\($0.manifest):\($0.line)"
        }
    }

    @Test func projectsAreModulesWithTheirReferences() {
        let modules = read([
            "src/Polly.Core/Polly.Core.csproj": """
                \u{FEFF}<Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <RootNamespace>Polly</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.Bcl.TimeProvider" Condition="'$(X)' == 'y'" />
                  </ItemGroup>
                </Project>
                """,
            "src/Polly/Polly.csproj": """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <ProjectReference Include="..\\Polly.Core\\Polly.Core.csproj" />
                    <ProjectReference Include="$(RepoRoot)\\gen\\Generated.csproj" OutputItemType="Analyzer" />
                    <ProjectReference Include="..\\$(Computed).csproj" />
                  </ItemGroup>
                </Project>
                """,
            "src/Polly/Policy.cs": "",
            "src/Polly.Core/Retry.cs": "",
        ])

        #expect(modules == [
            #"Polly [library] roots=["src/Polly"] deps=["Generated", "Polly.Core"] imports=["Polly"] @src/Polly/Polly.csproj:1"#,
            #"Polly.Core [library] roots=["src/Polly.Core"] deps=["Microsoft.Bcl.TimeProvider"] imports=["Polly.Core", "Polly"] @src/Polly.Core/Polly.Core.csproj:1"#,
        ])
    }

    @Test func filesCompileItemsLinkFromOutsideTheFolderAreRoots() {
        // Autofac's test projects compile the shims of test/Shims/required/ as their own.
        let modules = read([
            "test/Autofac.Test/Autofac.Test.csproj": """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <Compile Include="..\\Shims\\required\\*.cs" Link="Util\\shims\\required\\%(FileName).cs" />
                    <Compile Include="Inside\\*.cs;../Shared/One.cs;../Missing.cs" />
                    <Compile Include="$(Shared)\\*.cs" />
                  </ItemGroup>
                </Project>
                """,
            "test/Autofac.Test/Inside/A.cs": "", "test/Shims/required/A.cs": "", "test/Shims/required/B.cs": "",
            "test/Shims/required/README.md": "", "test/Shims/required/deeper/C.cs": "", "test/Shared/One.cs": "",
        ])

        #expect(modules == [
            #"Autofac.Test [test] roots=["test/Autofac.Test", "test/Shared/One.cs", "test/Shims/required/A.cs", "#
                + #""test/Shims/required/B.cs"] deps=[] imports=["Autofac.Test"] @test/Autofac.Test/Autofac.Test.csproj:1"#,
        ])
    }

    @Test func testAndExecutableProjectsAreToldApart() {
        let modules = read([
            "test/Core.Tests/Core.Tests.csproj": #"<Project Sdk="Microsoft.NET.Sdk"></Project>"#,
            "test/Harness/Harness.csproj": """
                <Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" Version="2.6.1" />
                </ItemGroup></Project>
                """,
            "test/Checks/Checks.fsproj": "<Project><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>",
            "samples/Web/Web.csproj": #"<Project Sdk="Microsoft.NET.Sdk.Web"></Project>"#,
            "samples/Cli/Cli.vbproj": "<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>",
            "src/Core.Testing/Core.Testing.csproj": #"<Project Sdk="Microsoft.NET.Sdk"></Project>"#,
        ]).map { $0.prefix { $0 != "]" } + "]" }

        // Core.Testing ships test helpers to users: a library, not a test project.
        #expect(modules == [
            "Checks [test]", "Cli [executable]", "Core.Testing [library]", "Core.Tests [test]", "Harness [test]",
            "Web [executable]",
        ])
    }

    @Test func aBrokenProjectFileStillNamesItsModuleWithAWarning() {
        let context = ManifestHarness.context(["App/App.csproj": "<Project><ItemGroup></Project"])

        let result = ManifestHarness.read(context, with: DotNetProjectManifest())

        #expect(result.modules.map(\.name) == ["App"])
        #expect(!result.warnings.isEmpty)
    }

    @Test func aQuotedGreaterThanSignEndsNoTag() {
        // NLog's DumpApiXml.csproj: an MSBuild item transform, `@(Items->'%(Filename).xml')`, in an attribute.
        let project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <Target Name="Copy"><ItemGroup>
                <Paths Include="@(Paths->'%(RootDir)%(Filename).xml')" Condition="Exists('a>b')" />
              </ItemGroup></Target>
              <ItemGroup><ProjectReference Include="../Core/Core.csproj" /></ItemGroup>
            </Project>
            """
        let context = ManifestHarness.context(["App/App.csproj": project])

        let result = ManifestHarness.read(context, with: DotNetProjectManifest())

        #expect(result.warnings.isEmpty)
        #expect(result.modules.first?.dependencies == ["Core"])
    }
}
