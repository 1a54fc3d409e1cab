import BuildManifests
import Manifests
import ModuleGraph
import Testing

/// .NET solutions list the projects built together and declare no module themselves.
@Suite struct DotNetSolutionManifestTests {
    private func listed(_ path: String, _ text: String, tracked: [String] = []) -> (
        listed: [String], modules: Int, warnings: [String]
    ) {
        listed(path, bytes: Array(text.utf8), tracked: tracked)
    }

    private func listed(_ path: String, bytes: [UInt8], tracked: [String] = []) -> (
        listed: [String], modules: Int, warnings: [String]
    ) {
        let context = ManifestHarness.context(Dictionary(uniqueKeysWithValues: [(path, "")] + tracked.map { ($0, "") }))
        let reader = DotNetSolutionManifest()
        let read = reader.read(manifest: path, bytes: bytes, context: context)
        return (reader.listed(manifest: path, bytes: bytes, context: context), read.modules.count,
            read.warnings.map(\.description))
    }

    @Test func aTextSolutionListsItsProjectsButNotItsFoldersOrItems() {
        // MediatR.sln (trimmed): a BOM, CRLF lines, solution folders, solution items, backslash paths.
        let solution = "\u{FEFF}\r\nMicrosoft Visual Studio Solution File, Format Version 12.00\r\n"
            + #"Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{6267E2ED-942C-497D-BFC9-B3CE0AFC276F}""#
            + "\r\nEndProject\r\n"
            + #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "MediatR", "src\MediatR\MediatR.csproj", "{12DA3F16}""#
            + "\r\nEndProject\r\n"
            + #"Project("{2150e333-8fdc-42a3-9474-1a3956d46de8}") = "Solution Items", "Solution Items", "{1E133765}""#
            + "\r\n\tProjectSection(SolutionItems) = preProject\r\n\t\tDirectory.Build.props = Directory.Build.props\r\n"
            + "\tEndProjectSection\r\nEndProject\r\n"
            + #"Project("{F2A71F9B-5D33-465A-A702-920D77279786}") = "Lib.FSharp", "samples\Lib.FSharp\Lib.FSharp.fsproj", "{1}""#
            + "\r\nEndProject\r\nGlobal\r\n\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\r\n"
            + "\t\t{12DA3F16}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\r\n\tEndGlobalSection\r\nEndGlobal\r\n"

        let result = listed("MediatR.sln", solution, tracked: [
            "src/MediatR/MediatR.csproj", "samples/Lib.FSharp/Lib.FSharp.fsproj",
        ])

        #expect(result.listed == ["src/MediatR/MediatR.csproj", "samples/Lib.FSharp/Lib.FSharp.fsproj"])
        #expect(result.modules == 0)
        #expect(result.warnings.isEmpty)
    }

    @Test func pathsAreRelativeToTheSolutionsFolderAndStayInTheRepository() {
        // dotnet/aspire-samples' .github/for.dependabot.only.sln lists the samples from beside them.
        let line = { (path: String) in
            #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "P", ""# + path + #"", "{1}""# + "\nEndProject\n"
        }
        let solution = line(#"..\samples\shop\Shop.AppHost\Shop.AppHost.csproj"#) + line("./App/App.csproj")
            + line(#"..\..\outside\Other.csproj"#) + line(#"C:\src\Abs.csproj"#) + line("http://localhost/WebSite/")
            + line("/etc/Root.csproj")

        let result = listed(".github/for.dependabot.only.sln", solution)

        #expect(result.listed == ["samples/shop/Shop.AppHost/Shop.AppHost.csproj", ".github/App/App.csproj"])
    }

    @Test func aPathSpelledInAnotherCaseNamesTheTrackedProject() {
        // aspire-samples' dependabot solution lists `samples\metrics\…`; the folder is `samples/Metrics/`.
        let line = { (path: String) in
            #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "P", ""# + path + #"", "{1}""# + "\nEndProject\n"
        }
        let solution = line(#"..\samples\metrics\MetricsApp\MetricsApp.csproj"#) + line(#"..\Src\Lib\lib.csproj"#)
            + line(#"..\samples\Gone\Gone.csproj"#)
        let tracked = ["samples/Metrics/MetricsApp/MetricsApp.csproj", "samples/metrics.md", "src/Lib/Lib.csproj"]

        let result = listed(".github/all.sln", solution, tracked: tracked)

        #expect(result.listed == [
            "samples/Metrics/MetricsApp/MetricsApp.csproj", "src/Lib/Lib.csproj", "samples/Gone/Gone.csproj",
        ])
        #expect(result.warnings == [
            #".github/all.sln:5: project '..\samples\Gone\Gone.csproj' has no tracked file (samples/Gone/Gone.csproj)"#,
        ])
    }

    @Test func anXMLSolutionListsItsProjectsAtTheTopAndInFolders() {
        // App-vNext/Polly's samples/Samples.slnx and Polly.slnx (trimmed): `<File>`s are solution items.
        let solution = """
            <Solution>
              <Folder Name="/Solution Items/">
                <File Path="../Directory.Packages.props" />
              </Folder>
              <Folder Name="/src/">
                <Project Path="Polly.Core\\Polly.Core.csproj" />
              </Folder>
              <Project Path="Intro.VisualBasic/Intro.VisualBasic.vbproj" Type="Classic Visual Basic" />
              <Properties Name="Visual Studio"><Property Name="OpenWith" Value="Visual Studio Version 17" /></Properties>
            </Solution>
            """

        let result = listed("samples/Samples.slnx", solution, tracked: [
            "samples/Polly.Core/Polly.Core.csproj", "samples/Intro.VisualBasic/Intro.VisualBasic.vbproj",
        ])

        #expect(result.listed == ["samples/Polly.Core/Polly.Core.csproj", "samples/Intro.VisualBasic/Intro.VisualBasic.vbproj"])
        #expect(result.modules == 0)
        #expect(result.warnings.isEmpty)
    }

    @Test func aSolutionIsABuildManifestThatDeclaresNoModule() {
        #expect(BuildFiles.isManifest("MediatR.sln") && BuildFiles.isManifest("src/Polly.slnx"))
        #expect(BuildFiles.onlyLists("MediatR.sln") && BuildFiles.onlyLists("Polly.slnx"))
        #expect(!BuildFiles.onlyLists("src/MediatR/MediatR.csproj") && !BuildFiles.onlyLists("Cargo.toml"))
        #expect(!BuildFiles.onlyLists("README.md"))
    }

    @Test func aBrokenXMLSolutionIsReportedAndABinaryOneSkipped() {
        let broken = listed(
            "App.slnx", "<Solution>\n  <Project Path=\"A/A.csproj\" />\n</Folder>\n</Solution>\n", tracked: ["A/A.csproj"])
        let binary = listed("App.sln", "Project(\0")

        #expect(broken.listed == ["A/A.csproj"])
        #expect(broken.warnings.count == 1)
        #expect(binary.listed.isEmpty && binary.warnings == ["App.sln:1: not a text file; skipped"])
    }

    // MARK: - Projects that are not tracked

    @Test func aListedProjectThatIsNotTrackedIsAWarningOnItsLine() {
        // A project deleted (or never committed) while its solution still lists it: `dotnet build` fails on it.
        let text = "Microsoft Visual Studio Solution File, Format Version 12.00\n"
            + #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "App", "src\App\App.csproj", "{1}""# + "\nEndProject\n"
            + #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Old", "src\Old\Old.csproj", "{2}""# + "\nEndProject\n"
        let xml = """
            <Solution>
              <Project Path="src/App/App.csproj" />
              <Folder Name="/tests/">
                <Project Path="../tests/Gone.Tests/Gone.Tests.csproj" />
              </Folder>
            </Solution>
            """

        let sln = listed("App.sln", text, tracked: ["src/App/App.csproj"])
        let slnx = listed("build/App.slnx", xml, tracked: ["build/src/App/App.csproj"])

        #expect(sln.listed == ["src/App/App.csproj", "src/Old/Old.csproj"])
        #expect(sln.warnings == [#"App.sln:4: project 'src\Old\Old.csproj' has no tracked file (src/Old/Old.csproj)"#])
        #expect(slnx.warnings == [
            "build/App.slnx:4: project '../tests/Gone.Tests/Gone.Tests.csproj' has no tracked file "
                + "(tests/Gone.Tests/Gone.Tests.csproj)",
        ])
    }

    @Test func aProjectUnderAVendoredFolderIsTrackedThoughDiscoverySkipsIt() {
        // Discovery's paths leave vendored folders out, but their files are still read from the snapshot.
        let text = #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Dep", "external\Dep\Dep.csproj", "{1}""#
            + "\nEndProject\n"
        let files = ["App.sln": text, "external/Dep/Dep.csproj": "<Project />"]
        let context = ManifestContext(paths: ["App.sln"]) { files[$0].map { Array($0.utf8) } }

        let read = DotNetSolutionManifest().read(manifest: "App.sln", bytes: Array(text.utf8), context: context)

        #expect(read.warnings.isEmpty)
    }

    @Test func aSolutionListingManyMissingProjectsFoldsTheRestIntoOneWarning() {
        let text = (1...12).map { #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "P", "P\#($0).csproj", "{1}""# }
            .joined(separator: "\nEndProject\n")

        let result = listed("All.sln", text)

        #expect(result.warnings.count == 11)
        #expect(result.warnings.last == "All.sln:23: 2 more problems")
    }

    // MARK: - Encodings

    /// `text` as Visual Studio saved solutions for years: UTF-16 with a byte order mark.
    private func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        let units = text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + units
    }

    @Test func aSolutionSavedAsUTF16IsReadAsItsText() {
        let text = "\r\nMicrosoft Visual Studio Solution File, Format Version 11.00\r\n# Visual Studio 2010\r\n"
            + #"Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Café", "src\Café\Café.csproj", "{1}""#
            + "\r\nEndProject\r\n"
            + #"Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Gone", "src\Gone\Gone.csproj", "{2}""#
            + "\r\nEndProject\r\n"
        let tracked = ["src/Café/Café.csproj"]

        let little = listed("Legacy.sln", bytes: utf16(text), tracked: tracked)
        let big = listed("Legacy.sln", bytes: utf16(text, bigEndian: true), tracked: tracked)

        #expect(little.listed == ["src/Café/Café.csproj", "src/Gone/Gone.csproj"])
        #expect(little.warnings == [#"Legacy.sln:6: project 'src\Gone\Gone.csproj' has no tracked file (src/Gone/Gone.csproj)"#])
        #expect(big.listed == little.listed && big.warnings == little.warnings)
    }

    @Test func anXMLSolutionOrProjectSavedAsUTF16IsReadAsItsText() throws {
        let solution = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<Solution>\n  <Project Path=\"App/App.csproj\" />\n"
            + "</Solution>\n"
        let project = """
            <?xml version="1.0" encoding="utf-16"?>
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><RootNamespace>Acme.App</RootNamespace></PropertyGroup>
            </Project>
            """
        let context = ManifestHarness.context(["App/App.csproj": ""])

        let result = listed("App.slnx", bytes: utf16(solution), tracked: ["App/App.csproj"])
        let read = DotNetProjectManifest().read(manifest: "App/App.csproj", bytes: utf16(project), context: context)
        let module = try #require(read.modules.first)

        #expect(result.listed == ["App/App.csproj"] && result.warnings.isEmpty)
        #expect(module.importNames == ["App", "Acme.App"] && module.line == 2 && read.warnings.isEmpty)
    }

    @Test func aUTF8ByteOrderMarkIsNoPartOfTheText() throws {
        let project = [0xEF, 0xBB, 0xBF] + Array("<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n</Project>\n".utf8)
        let context = ManifestHarness.context(["Web/Web.csproj": ""])

        let read = DotNetProjectManifest().read(manifest: "Web/Web.csproj", bytes: project, context: context)

        #expect(try #require(read.modules.first).kind == .executable)
        #expect(ManifestText.utf8Text(project) == Array(project.dropFirst(3)))
        #expect(ManifestText.utf8Text([0xFF, 0xFE, 0x00, 0x00]) == nil)
        #expect(ManifestText.utf8Text([0xFF, 0xFE, 0x41, 0x00, 0x42]) == Array("A".utf8))
    }
}
