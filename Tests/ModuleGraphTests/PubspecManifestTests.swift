import ImportScan
import Manifests
import BuildManifests
import PlainManifests
import ModuleGraph
import Testing

@Suite struct PubspecManifestTests {
    private let files = [
        "pubspec.yaml": """
            name: http_workspace  # the monorepo's tooling
            publish_to: none
            workspace:
              - pkgs/http
              - pkgs/http_parser
            dev_dependencies:
              lints: ^5.0.0
            """,
        "pkgs/http/pubspec.yaml": """
            # A composable HTTP client.
            name: http
            version: 1.7.0-wip
            environment:
              sdk: ^3.4.0

            dependencies:
              async: ^2.5.0
              http_parser: ^4.0.0
              web: ">=0.5.0 <2.0.0"

            dev_dependencies:
              http_client_conformance_tests:
                path: ../http_client_conformance_tests/
              test: ^1.21.2
            """,
        "pkgs/http/lib/http.dart": "", "pkgs/http/lib/src/io_client.dart": "",
        "pkgs/http_parser/pubspec.yaml": "name: 'http_parser'\ndependencies: {}\n",
        "pkgs/http_parser/lib/http_parser.dart": "",
        "pkgs/conformance/pubspec.yaml": "name: conformance\n",
        "pkgs/conformance/bin/run.dart": "", "pkgs/conformance/lib/conformance.dart": "",
        "pkgs/tool/pubspec.yaml": "name: tool\n", "pkgs/tool/bin/main.dart": "",
        "pkgs/app/pubspec.yaml": """
            name: flutter_app
            dependencies:
              flutter:
                sdk: flutter
              http:
                path: ../http
            """,
        "pkgs/app/lib/main.dart": "",
    ]

    @Test func eachPubspecIsAPackageAnsweringToItsName() {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: PubspecManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"conformance [library] roots=["pkgs/conformance"] deps=[] imports=["package:conformance"] @pkgs/conformance/pubspec.yaml:1"#,
            #"flutter_app [executable] roots=["pkgs/app"] deps=["http"] imports=["package:flutter_app"] @pkgs/app/pubspec.yaml:1"#,
            #"http [library] roots=["pkgs/http"] deps=["async", "http_client_conformance_tests", "http_parser", "test", "web"] imports=["package:http"] @pkgs/http/pubspec.yaml:2"#,
            #"http_parser [library] roots=["pkgs/http_parser"] deps=[] imports=["package:http_parser"] @pkgs/http_parser/pubspec.yaml:1"#,
            #"http_workspace [other] roots=[""] deps=["lints"] imports=["package:http_workspace"] @pubspec.yaml:1"#,
            #"tool [executable] roots=["pkgs/tool"] deps=[] imports=["package:tool"] @pkgs/tool/pubspec.yaml:1"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test func aPackageURIResolvesToThePackageAndARelativeOneToItsFile() {
        let flutterShell = ModuleDeclaration(
            name: "flutter", ecosystem: "cmake", roots: ["pkgs/app/linux/flutter"], importNames: ["flutter"],
            manifest: "pkgs/app/linux/flutter/CMakeLists.txt", line: 1)
        let modules = ManifestHarness.read(ManifestHarness.context(files), with: PubspecManifest()).modules + [flutterShell]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: Array(files.keys))
        let resolve = { (path: String, kind: ImportFacts.Kind) in
            resolver.resolve(ImportFacts(path: path, kind: kind, line: 1), in: "pkgs/http/lib/http.dart", style: "dart")
                .map { modules[$0].name }
        }

        #expect(resolve("package:http_parser/http_parser.dart", .module) == "http_parser")
        #expect(resolve("package:http/src/io_client.dart", .module) == "http")
        #expect(resolve("src/io_client.dart", .relative) == "http")
        #expect(resolve("../../http_parser/lib/http_parser.dart", .relative) == "http_parser")
        #expect(resolve("package:async/async.dart", .module) == nil)
        #expect(resolve("dart:io", .system) == nil)
        #expect(resolve("package:flutter/material.dart", .module) == nil)
    }

    @Test func malformedLinesAreWarningsWithTheirLines() {
        let context = ManifestHarness.context([
            "a/pubspec.yaml": "name: a\ndependencies:\n  - b\n  c: ^1.0\nnot yaml\n",
            "b/pubspec.yaml": "version: 1.0.0\n",
        ])

        let result = ManifestHarness.read(context, with: PubspecManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"a [library] roots=["a"] deps=["c"] imports=["package:a"] @a/pubspec.yaml:1"#,
        ])
        #expect(result.warnings.map(\.description) == [
            "a/pubspec.yaml:3: dependencies entry is not 'name: version'",
            "a/pubspec.yaml:5: expected 'key:' at the top level",
            "b/pubspec.yaml:1: pubspec.yaml has no name",
        ])
    }
}
