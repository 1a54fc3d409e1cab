import BuildManifests
import Manifests
import ModuleGraph
import Testing

/// .NET solutions list the projects built together and declare no module themselves.
@Suite struct DotNetSolutionManifestTests {
    private func listed(_ path: String, _ text: String, tracked: [String] = []) -> (
        listed: [String], modules: Int, warnings: [String]
    ) {
        let context = ManifestHarness.context(Dictionary(uniqueKeysWithValues: [(path, text)] + tracked.map { ($0, "") }))
        let reader = DotNetSolutionManifest()
        let read = reader.read(manifest: path, bytes: Array(text.utf8), context: context)
        return (reader.listed(manifest: path, bytes: Array(text.utf8), context: context), read.modules.count,
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

        let result = listed("MediatR.sln", solution)

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

        let result = listed("samples/Samples.slnx", solution)

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
        let broken = listed("App.slnx", "<Solution>\n  <Project Path=\"A/A.csproj\" />\n</Folder>\n</Solution>\n")
        let binary = listed("App.sln", "Project(\0")

        #expect(broken.listed == ["A/A.csproj"])
        #expect(broken.warnings.count == 1)
        #expect(binary.listed.isEmpty && binary.warnings == ["App.sln:1: not a text file; skipped"])
    }
}
