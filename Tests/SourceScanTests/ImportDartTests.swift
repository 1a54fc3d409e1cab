import ImportScan
import Testing

@Suite struct ImportDartTests {
    @Test func directivesAreModulesSystemLibrariesOrRelativePaths() throws {
        let text = """
            library http;
            import 'dart:io';
            import "package:http/http.dart" as http show Client, get;
            import 'src/base_client.dart';
            export '../shared/a.dart' hide B;
            part 'io_client.g.dart';
            part of 'client.dart';
            final s = 'import "package:hidden/x.dart";';
            """

        let found = try imports(in: text, as: "Dart")

        #expect(found == [
            ImportFacts(path: "dart:io", kind: .system, line: 2),
            ImportFacts(path: "package:http/http.dart", kind: .module, line: 3, alias: "http"),
            ImportFacts(path: "src/base_client.dart", kind: .relative, line: 4),
            ImportFacts(path: "../shared/a.dart", kind: .relative, line: 5),
            ImportFacts(path: "io_client.g.dart", kind: .relative, line: 6),
        ])
    }

    @Test func conditionalURIsAreImportsOfTheirOwn() throws {
        let text = """
            import 'src/client_stub.dart'
                if (dart.library.js_interop) 'src/browser_client.dart'
                if (dart.library.io) 'package:http/io_client.dart' deferred as impl;
            void main() {}
            """

        let found = try imports(in: text, as: "Dart")

        #expect(found == [
            ImportFacts(path: "src/client_stub.dart", kind: .relative, line: 1, alias: "impl"),
            ImportFacts(path: "src/browser_client.dart", kind: .relative, line: 1, alias: "impl"),
            ImportFacts(path: "package:http/io_client.dart", kind: .module, line: 1, alias: "impl"),
        ])
    }
}
