import FunctionScan
import ImportScan
import SourceScan
import Testing

@Suite struct ImportSwiftAndCTests {
    // MARK: Swift

    @Test func swiftImportsWithAttributesModifiersAndScopesAreModules() throws {
        let text = """
            import Foundation
            @testable import Accrue
            import struct Darwin.timeval
            @_exported import Core
            @_spi(Private) public import Kit
            internal import Yams; import Dispatch
            """

        let found = try imports(in: text, as: "Swift")

        #expect(found.map(\.path) == ["Foundation", "Accrue", "Darwin.timeval", "Core", "Kit", "Yams", "Dispatch"])
        #expect(found.map(\.line) == [1, 2, 3, 4, 5, 6, 6])
        #expect(found.allSatisfy { $0.kind == .module })
        #expect(found.map(\.reexports) == [false, false, false, true, false, false, false])
    }

    @Test func onlyTheImportAfterExportedReExports() throws {
        let text = """
            @_exported import Lexing
            import SourceScan
            @_spi(Tools) @_exported public import Kit
            @_exported
            import Split
            """

        let found = try imports(in: text, as: "Swift")

        #expect(found.map(\.path) == ["Lexing", "SourceScan", "Kit", "Split"])
        #expect(found.map(\.reexports) == [true, false, true, true])
    }

    @Test func swiftImportsInsideCanImportAreRecorded() throws {
        let text = "#if canImport(UIKit)\nimport UIKit\n#elseif canImport(AppKit)\nimport AppKit\n#endif\n"

        let found = try importPaths(in: text, as: "Swift")

        #expect(found == ["UIKit", "AppKit"])
    }

    @Test func aMacrosExternalModuleIsAUse() throws {
        // swift-syntax's MacroExamplesInterface: the macro target implementing it is named by a string.
        let text = """
            @freestanding(expression)
            public macro stringify<T>(_ value: T) -> (T, String) = #externalMacro(module: "MacroExamplesImplementation", type: "StringifyMacro")
            let module = externalMacro(module: "NotAMacro")
            """

        let found = try imports(in: text, as: "Swift")

        #expect(found.map(\.path) == ["MacroExamplesImplementation"])
        #expect(found.map(\.line) == [2])
        #expect(found.allSatisfy { $0.kind == .module })
    }

    @Test func swiftMemberNamedImportIsNoImport() throws {
        let text = "let x = plugin.import\nfoo(import: 1)\n"

        let found = try importPaths(in: text, as: "Swift")

        #expect(found == [])
    }

    // MARK: C, C++, Objective-C

    @Test func cIncludesAreFilesOrSystemHeaders() throws {
        let text = """
            #include "server.h"
            #include <stdio.h>
            #  include <sys/types.h> // why
            #import <Foundation/Foundation.h>
            #include_next <limits.h>
            #include CONFIG_HEADER
            #define import 1
            """

        let found = try imports(in: text, as: "C")

        #expect(found == [
            ImportFacts(path: "server.h", kind: .file, line: 1),
            ImportFacts(path: "stdio.h", kind: .system, line: 2),
            ImportFacts(path: "sys/types.h", kind: .system, line: 3),
            ImportFacts(path: "Foundation/Foundation.h", kind: .system, line: 4),
            ImportFacts(path: "limits.h", kind: .system, line: 5),
        ])
    }

    @Test func objectiveCModuleImportsAreModules() throws {
        let text = "@import UIKit;\n@import Foundation.NSString;\n#import \"AFNetworking.h\"\n"

        let found = try imports(in: text, as: "Objective-C")

        #expect(found == [
            ImportFacts(path: "UIKit", kind: .module, line: 1),
            ImportFacts(path: "Foundation.NSString", kind: .module, line: 2),
            ImportFacts(path: "AFNetworking.h", kind: .file, line: 3),
        ])
    }

    @Test func cPlusPlusModuleImportsAreRead() throws {
        let text = "import std.core;\nexport import shapes;\nimport <vector>;\nimport \"local.h\";\n"

        let found = try imports(in: text, as: "C++")

        #expect(found.map(\.path) == ["std.core", "shapes", "vector", "local.h"])
        #expect(found.map(\.kind) == [.module, .module, .system, .file])
    }

    @Test func includesInsideCommentsAndUnterminatedNamesAreSkipped() throws {
        let text = "/*\n#include <hidden.h>\n*/\n#include <broken.h\n#include \"\"\nint x; // #include <no.h>\n"

        let found = try importPaths(in: text, as: "C")

        #expect(found == [])
    }

    // MARK: C#

    @Test func cSharpUsingDirectivesAreModulesWithAliases() throws {
        let text = """
            using System;
            using static System.Math;
            using Json = Newtonsoft.Json.JsonConvert;
            global using System.Linq;
            using Ints = System.Collections.Generic.List<int>;
            using global::Company.Product;
            """

        let found = try imports(in: text, as: "C#")

        #expect(found.map(\.path) == [
            "System", "System.Math", "Newtonsoft.Json.JsonConvert", "System.Linq",
            "System.Collections.Generic.List", "global::Company.Product",
        ])
        #expect(found.map(\.alias) == [nil, nil, "Json", nil, "Ints", nil])
        #expect(found.map(\.line) == [1, 2, 3, 4, 5, 6])
    }

    @Test func cSharpUsingStatementsAreNotImports() throws {
        let text = """
            void F() {
                using (var stream = Open()) { }
                using var reader = new StreamReader(path);
                using StreamWriter writer = new(path);
                using (stream) { }
            }
            """

        let found = try importPaths(in: text, as: "C#")

        #expect(found == [])
    }
}
