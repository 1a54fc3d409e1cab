import Manifests
import BuildManifests
import JVMManifests
import ModuleGraph
import Testing

@Suite struct MavenManifestTests {
    @Test func readsTheModuleTreeFromTheTopPom() throws {
        let context = try ManifestHarness.fixture("maven-multi")

        let result = ManifestHarness.read(context, with: MavenManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"shop [other] roots=[""] deps=[] imports=[] @pom.xml:9"#,
            #"shop-core [library] roots=["shop-core"] deps=["guava"] imports=[] @shop-core/pom.xml:3"#,
            #"shop-maven-plugin [plugin] roots=["shop-web/plugin"] deps=[] imports=[] @shop-web/plugin/pom.xml:1"#,
            #"shop-web [library] roots=["shop-web"] deps=["servlet-api", "shop-core"] imports=[] @shop-web/pom.xml:2"#,
        ])
        #expect(result.warnings.map(\.description) == ["pom.xml:15: module 'missing' has no tracked pom.xml"])
    }

    @Test func nestedPomDeclaresNothingOnItsOwn() throws {
        let context = try ManifestHarness.fixture("maven-multi")
        let path = "shop-core/src/test/resources/sample/pom.xml"

        let result = MavenManifest().read(manifest: path, bytes: context.read(path) ?? [], context: context)

        #expect(result.modules.isEmpty)
    }

    @Test func aSourceDirectoryOutsideTheModuleIsARoot() {
        let context = ManifestHarness.context([
            "pom.xml": "<project><artifactId>parent</artifactId><packaging>pom</packaging><modules><module>value</module></modules></project>",
            "value/pom.xml": """
                <project><artifactId>value-parent</artifactId><packaging>pom</packaging>
                <modules><module>processor</module></modules></project>
                """,
            "value/processor/pom.xml": """
                <project><artifactId>value</artifactId>
                <build><sourceDirectory>../src/main/java</sourceDirectory></build></project>
                """,
            "value/src/main/java/A.java": "",
        ])

        let modules = ManifestHarness.read(context, with: MavenManifest()).modules

        #expect(modules.first { $0.name == "value" }?.roots == ["value/processor", "value/src/main/java"])
    }

    /// jackson-databind adds `src/test-jdk17/java` through build-helper-maven-plugin, in a profile: its files are tests
    /// though no name says so. An `add-source` execution beside it adds main code.
    @Test func foldersAddedAsTestSourcesHoldTests() {
        let helper = """
            <plugin><artifactId>build-helper-maven-plugin</artifactId><executions>
            <execution><id>add-generated</id><phase>generate-sources</phase><goals><goal>add-source</goal></goals>
            <configuration><sources><source>src/generated/java</source></sources></configuration></execution>
            <execution><id>add-test-source</id><goals><goal>add-test-source</goal></goals>
            <configuration><sources><source>src/test-jdk17/java</source><source>${project.basedir}/src/it/java</source></sources>
            </configuration></execution></executions></plugin>
            """
        let context = ManifestHarness.context([
            "pom.xml": "<project><artifactId>databind</artifactId><profiles><profile><build><plugins>\(helper)</plugins></build></profile></profiles></project>",
            "src/main/java/A.java": "", "src/generated/java/G.java": "",
            "src/test-jdk17/java/records/RecordSuite.java": "", "src/it/java/Smoke.java": "",
        ])

        let modules = ManifestHarness.read(context, with: MavenManifest()).modules

        #expect(modules.first?.testFiles == ["src/test-jdk17/java/records/RecordSuite.java", "src/it/java/Smoke.java"])
    }

    @Test func twoArtifactsBuiltFromOneSourceFolderOwnWhatTheirIncludesMatch() {
        // google/auto: value/annotations and value/processor both compile ../src/main/java, each its own packages.
        let plugin = { (includes: String) in
            "<plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration><includes>\(includes)"
                + "</includes></configuration></plugin></plugins>"
        }
        let context = ManifestHarness.context([
            "value/pom.xml": """
                <project><artifactId>value-parent</artifactId><packaging>pom</packaging>
                <modules><module>annotations</module><module>processor</module></modules></project>
                """,
            "value/annotations/pom.xml": """
                <project><artifactId>annotations</artifactId><build><sourceDirectory>../src/main/java</sourceDirectory>
                \(plugin("<include>com/v/*</include>"))</build></project>
                """,
            "value/processor/pom.xml": """
                <project><artifactId>processor</artifactId><build><sourceDirectory>../src/main/java</sourceDirectory>
                <testSourceDirectory>../src/test/java</testSourceDirectory>
                \(plugin("<include>com/v/processor/**/*.java</include>"))</build></project>
                """,
            "value/src/main/java/com/v/AutoValue.java": "", "value/src/main/java/com/v/processor/Gen.java": "",
            "value/src/main/java/com/v/processor/deep/More.java": "", "value/src/test/java/com/v/GenTest.java": "",
        ])

        let roots = Dictionary(uniqueKeysWithValues: ManifestHarness.read(context, with: MavenManifest()).modules.map {
            ($0.name, $0.roots)
        })

        #expect(roots["annotations"] == ["value/annotations", "value/src/main/java/com/v/AutoValue.java"])
        #expect(roots["processor"] == [
            "value/processor", "value/src/main/java/com/v/processor/Gen.java",
            "value/src/main/java/com/v/processor/deep/More.java", "value/src/test/java",
        ])
    }

    @Test func strayClosingTagIsAWarning() {
        let context = ManifestHarness.context(["pom.xml": "<project>\n<artifactId>a</artifactId></group>\n</project>"])

        let result = ManifestHarness.read(context, with: MavenManifest())

        #expect(result.modules.map(\.name) == ["a"])
        #expect(result.warnings.map(\.description) == ["pom.xml:2: closing tag </group> matches no open element"])
    }
}
