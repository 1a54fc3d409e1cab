import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// A split names new files and packages as the repository already does (trpc: camel-case files, `@trpc/` packages).
@Suite struct FileNamingTests {
    @Test func partsAreNamedInTheirStemsCase() {
        #expect(partFileName(stem: "resolveResponse", part: "errorToAsyncIterable", extension: ".ts")
            == "resolveResponseErrorToAsyncIterable.ts")
        #expect(partFileName(stem: "create-server", part: "handleRequest", extension: ".ts") == "create-server-handle-request.ts")
        #expect(partFileName(stem: "utils", part: "parseHeaders", extension: ".test.ts") == "utilsParseHeaders.test.ts")
        #expect(partFileName(stem: "lines", part: "append_leaves", extension: ".py") == "lines_append_leaves.py")
        #expect(partFileName(stem: "stcache", part: "evict", extension: ".go") == "stcache_evict.go")
    }

    @Test func aTypesOwnFileIsNamedInTheFilesCase() {
        #expect(typeFileName("HTTPMethods", style: .lowerCamel) == "httpMethods")
        #expect(typeFileName("ResultTuple", style: .lowerCamel) == "resultTuple")
        #expect(typeFileName("ResolveHTTPRequestOptions", style: .lowerCamel) == "resolveHTTPRequestOptions")
        #expect(typeFileName("HTTPMethods", style: .kebab) == "http-methods")
        #expect(typeFileName("HTTPMethods", style: .snake) == "http_methods")
    }

    @Test func aTestModuleMovingOutOfATestFileEndsItsNameInTestOnce() throws {
        // elixir-lang/elixir's code_test.exs holds CodeTest and Code.SyncTest (was code_sync_test_test.exs).
        let file = PlanFile(
            path: "test/code_test.exs", codeLines: 833,
            declarations: [
                Declaration(name: "CodeTest", kind: "defmodule", startLine: 7, endLine: 866, codeLines: 703),
                Declaration(name: "SyncTest", kind: "defmodule", startLine: 868, endLine: 1034, codeLines: 130),
            ])

        let plan = try splitPlan(file)

        #expect(plan.stages.first?.files == ["test/code_test.exs", "test/code_sync_test.exs"])
    }

    @Test func aFileSplitInTypeScriptKeepsCamelCase() throws {
        let file = PlanFile(
            path: "src/http/resolveResponse.ts", codeLines: 700,
            declarations: [
                Declaration(name: "HTTPMethods", kind: "type", startLine: 1, endLine: 300, codeLines: 250),
                Declaration(name: "resolveResponse", kind: "function", startLine: 301, endLine: 800, codeLines: 450),
            ])
        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("to src/http/httpMethods.ts") })
    }

    @Test func aPackageOfAScopedMonorepoIsPublishedInItsScope() {
        let client = PlanModule(name: "@trpc/client", ecosystem: "npm", roots: ["packages/client"], manifest: "packages/client/package.json", files: [])
        #expect(ModuleNaming.declaration(of: "ws-link", folder: "packages/ws-link", module: client, newIsLower: false)
            == "Create the workspace package `packages/ws-link/package.json` (`\"name\": \"@trpc/ws-link\"`), and add `@trpc/client` to ws-link's dependencies")
        #expect(ModuleNaming.declaration(of: "utils", folder: "packages/utils", module: client, newIsLower: true)
            .hasSuffix("add `@trpc/utils` to @trpc/client's dependencies"))
    }

    @Test func theTypesOfFilesThatMoveAreNotAPossessive() {
        #expect(ModuleNaming.passing("the files moving to adapters", to: "@trpc/server", are: "is", ecosystem: "npm")
            == "Make the types of the files moving to adapters conform and pass them in where @trpc/server is created")
    }
}

/// A Ruby gem's part is a gem beside it, which the old gem depends on (rubocop's `server`).
@Suite struct GemSplitNamingTests {
    @Test func aNewGemIsDeclaredByItsGemspec() {
        let rubocop = PlanModule(name: "rubocop", ecosystem: "gem", roots: [""], manifest: "rubocop.gemspec", files: [])
        #expect(ModuleNaming.declaration(of: "server", folder: "server", module: rubocop, newIsLower: true)
            == "Create the gem `server/server.gemspec` (`spec.name = \"server\"`), and add `spec.add_dependency \"server\"` to rubocop's gemspec")
    }
}
