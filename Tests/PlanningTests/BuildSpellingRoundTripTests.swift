import BuildManifests
import Foundation
import Manifests
import ModuleGraph
import PlanNaming
@testable import Planning
import Testing

/// A split's declaration step, applied by script to a small repository's manifests the way its code spans say, and
/// the repository's modules read again: the new module is there, named as plans name it, with its dependencies, and
/// the old one depends on it (Bazel, Cabal, pub, Clojure).
@Suite struct BuildSpellingRoundTripTests {
    /// The code spans of a step, in order.
    private func spans(_ step: String) -> [String] {
        step.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The modules accrue reads from `files`.
    private func modules(_ files: [String: String]) -> [String: ModuleDeclaration] {
        let bytes = files.mapValues { Array($0.utf8) }
        let read = ManifestReaders.readAll(ManifestContext(paths: bytes.keys.sorted()) { bytes[$0] })
        return Dictionary(read.modules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func module(_ name: String, _ ecosystem: String, root: String, manifest: String, files: [String], workspace: String = "")
        -> PlanModule
    {
        PlanModule(
            name: name, ecosystem: ecosystem, roots: [root], manifest: manifest,
            files: files.map { PlanFile(path: $0, codeLines: 10) }, workspace: workspace)
    }

    @Test func aBazelPackageIsReadBackWithItsDeps() throws {
        var files = [
            "MODULE.bazel": "module(name = \"abseil-cpp\")\n",
            "absl/base/BUILD.bazel": "cc_library(name = \"base\", hdrs = [\"config.h\"])\n",
            "absl/strings/BUILD.bazel": "cc_library(\n    name = \"strings\",\n    srcs = [\"str_cat.cc\"],\n    deps = [\"//absl/base\"],\n)\n",
            "absl/strings/str_cat.cc": "", "absl/cord/cord.cc": "",
        ]
        let strings = module("//absl/strings", "bazel", root: "absl/strings", manifest: "absl/strings/BUILD.bazel", files: ["absl/strings/cord.cc"])
        let name = ModuleNaming.declaredName(ofNew: "cord", module: strings)
        let code = spans(strings.declaration(of: "cord", folder: "absl/cord", newIsLower: true, dependencies: ["//absl/base"]))
        files[code[0]] = code[1].replacingOccurrences(of: "[…]", with: "[]")
        files["absl/strings/BUILD.bazel"]?.replace("deps = [", with: "deps = [\(code[3]), ")

        let read = modules(files)
        #expect(read[name]?.dependencies == ["//absl/base"])
        #expect(read["//absl/strings"]?.dependencies == ["//absl/base", name])
    }

    @Test func aCabalPackageAndAnInternalLibraryAreReadBackWithTheirBuildDepends() throws {
        var files = [
            "cabal.project": "packages: pandoc-lua-engine\n",
            "pandoc-lua-engine/pandoc-lua-engine.cabal": "name: pandoc-lua-engine\nlibrary\n  hs-source-dirs: src\n  build-depends: base, pandoc\n",
            "pandoc-lua-engine/src/Text/Pandoc/Lua.hs": "", "lua-filters/src/Text/Pandoc/Lua/Filter.hs": "",
        ]
        let engine = module("pandoc-lua-engine", "cabal", root: "pandoc-lua-engine",
            manifest: "pandoc-lua-engine/pandoc-lua-engine.cabal", files: ["pandoc-lua-engine/src/Text/Pandoc/Lua.hs"],
            workspace: "cabal.project")
        let code = spans(engine.declaration(of: "lua-filters", folder: "lua-filters", newIsLower: true, dependencies: ["pandoc"]))
        files[code[0]] = "\(code[1])\n\(code[2])\n  hs-source-dirs: src\n  \(code[4])\n"
        files["pandoc-lua-engine/pandoc-lua-engine.cabal"]?.replace("pandoc\n", with: "pandoc, \(code[8])\n")

        let read = modules(files)
        #expect(read["lua-filters"]?.dependencies == ["base", "pandoc"])
        #expect(read["lua-filters"]?.roots == ["lua-filters"])
        #expect(read["pandoc-lua-engine"]?.dependencies == ["base", "lua-filters", "pandoc"])

        // pandoc's `library xml-light`: a stanza beside it in the same file.
        var pandoc = [
            "pandoc.cabal": "name: pandoc\nlibrary\n  hs-source-dirs: src\n  build-depends: base, xml-light\n\n"
                + "library xml-light\n  hs-source-dirs: xml-light\n  build-depends: base\n",
            "src/Text/Pandoc.hs": "", "xml-light/Text/XML/Light.hs": "", "xml-light-output/Text/XML/Light/Output.hs": "",
        ]
        let light = module("xml-light", "cabal", root: "xml-light", manifest: "pandoc.cabal", files: ["xml-light/Text/XML/Light.hs"])
        let stanza = spans(light.declaration(of: "xml-light-output", folder: "xml-light-output", newIsLower: true))
        pandoc["pandoc.cabal"]? += "\n\(stanza[0])\n  \(stanza[1])\n  \(stanza[3])\n"
        pandoc["pandoc.cabal"]?.replace("build-depends: base\n", with: "build-depends: base, \(stanza[4])\n")

        let stanzas = modules(pandoc)
        #expect(stanzas["xml-light-output"]?.roots == ["xml-light-output"])
        #expect(stanzas["xml-light"]?.dependencies == ["base", "xml-light-output"])

        // hpack: stack's `package.yaml`, with its `dependencies:` list.
        var stack = [
            "stack.yaml": "packages:\n- core\n",
            "core/package.yaml": "name: stack-core\ndependencies:\n- base\nlibrary:\n  source-dirs: src\n",
            "core/src/Stack/Core.hs": "", "stack-build/src/Stack/Build.hs": "",
        ]
        let core = module("stack-core", "cabal", root: "core", manifest: "core/package.yaml", files: [], workspace: "stack.yaml")
        let hpack = spans(core.declaration(of: "stack-build", folder: "stack-build", newIsLower: false, dependencies: ["pantry"]))
        stack[hpack[0]] = "\(hpack[1])\n\(hpack[2])\nlibrary:\n  source-dirs: src\n"
        stack["stack.yaml"]? += "- \(hpack[5])\n"

        let built = modules(stack)
        #expect(built["stack-build"]?.dependencies == ["base", "pantry", "stack-core"])
        #expect(stack["stack.yaml"] == "packages:\n- core\n- stack-build\n")
    }

    @Test func aPubWorkspaceMemberIsReadBackWithItsDependencies() throws {
        var files = [
            "pubspec.yaml": "name: _\nworkspace:\n  - packages/bloc\n",
            "packages/bloc/pubspec.yaml": "name: bloc\nresolution: workspace\ndependencies:\n  meta: ^1.3.0\n",
            "packages/bloc/lib/bloc.dart": "", "packages/bloc_core/lib/core.dart": "",
        ]
        let bloc = module("bloc", "pub", root: "packages/bloc", manifest: "packages/bloc/pubspec.yaml", files: [], workspace: "pubspec.yaml")
        let code = spans(bloc.declaration(of: "bloc_core", folder: "packages/bloc_core", newIsLower: true, dependencies: ["meta"]))
        files[code[0]] = "\(code[1])\n\(code[2])\ndependencies:\n  \(code[8])\n"
        files["pubspec.yaml"]? += "  - \(code[4])\n"
        files["packages/bloc/pubspec.yaml"]? += "  \(code[6])\n"

        let read = modules(files)
        #expect(read["bloc_core"]?.dependencies == ["meta"])
        #expect(read["bloc"]?.dependencies == ["bloc_core", "meta"])
        #expect(files["pubspec.yaml"] == "name: _\nworkspace:\n  - packages/bloc\n  - packages/bloc_core\n")
    }

    @Test func aClojureProjectIsReadBackWithItsLocalRootsAndArtifacts() throws {
        var files = [
            "backend/deps.edn": "{:paths [\"src\"]\n :deps {penpot/common {:local/root \"../common\"}}}\n",
            "backend/src/app/main.clj": "", "common/deps.edn": "{:paths [\"src\"]}\n", "common/src/app/common.clj": "",
            "backend-rpc/src/app/rpc.clj": "",
        ]
        let backend = module("backend", "clojure", root: "backend", manifest: "backend/deps.edn", files: [])
        let code = spans(backend.declaration(of: "backend-rpc", folder: "backend-rpc", newIsLower: true, dependencies: ["common"]))
        files[code[0]] = code[1]
        files["backend/deps.edn"]?.replace(":deps {", with: ":deps {\(code[3]) ")

        var read = modules(files)
        #expect(read["backend-rpc"]?.dependencies == ["common"])
        #expect(read["backend"]?.dependencies == ["backend-rpc", "common"])

        // Leiningen: ring's sub-projects, by artifact, in the group and version the old project's text gives.
        files = ["ring-core/project.clj": "(defproject ring/ring-core \"1.0\"\n  :dependencies [[ring/ring-codec \"1.3\"]])\n",
                 "ring-core/src/ring/core.clj": "", "ring-x/src/ring/x.clj": ""]
        var ring = module("ring-core", "clojure", root: "ring-core", manifest: "ring-core/project.clj", files: [])
        ring.coordinates = ClojureManifest.leiningenCoordinates(Array((files["ring-core/project.clj"] ?? "").utf8))
        let lein = spans(ring.declaration(of: "ring-x", folder: "ring-x", newIsLower: true, dependencies: ["ring-codec"]))
        files[lein[0]] = lein[1]
        files["ring-core/project.clj"]?.replace(":dependencies [", with: ":dependencies [\(lein[2]) ")

        read = modules(files)
        #expect(read["ring-x"]?.dependencies == ["ring-codec"])
        #expect(read["ring-core"]?.dependencies == ["ring-codec", "ring-x"])
        #expect(files["ring-x/project.clj"] == "(defproject ring/ring-x \"1.0\" :dependencies [[ring/ring-codec \"1.3\"]])")
        #expect(files["ring-core/project.clj"]?.contains("[[ring/ring-x \"1.0\"] [ring/ring-codec") == true)
    }

    @Test func aPolylithBrickIsReadBackInTheProjectsThatBringItIn() throws {
        var files = [
            "workspace.edn": "{:top-namespace \"polylith.clj.core\"}\n",
            "deps.edn": "{:aliases {:dev {:extra-paths [\"development/src\"]\n :extra-deps {poly/util {:local/root \"components/util\"}}}}}\n",
            "development/src/dev.clj": "",
            "projects/poly/deps.edn": "{:deps {poly/util {:local/root \"../../components/util\"}}}\n",
            "components/util/deps.edn": "{:paths [\"src\"] :deps {}}\n", "components/util/src/util.clj": "",
            "components/colorizer/src/colorizer.clj": "",
        ]
        let util = module("util", "clojure", root: "components/util", manifest: "components/util/deps.edn", files: [],
            workspace: "workspace.edn")
        let code = spans(util.declaration(of: "colorizer", folder: "components/colorizer", newIsLower: true))
        files[code[0]] = code[1]
        files["deps.edn"]?.replace(":extra-deps {", with: ":extra-deps {\(code[3]) ")
        files["projects/poly/deps.edn"]?.replace(":deps {", with: ":deps {\(code[6]) ")

        let read = modules(files)
        #expect(read["colorizer"]?.dependencies == [])
        #expect(read["poly"]?.dependencies == ["colorizer", "util"])
        #expect(read["root"]?.dependencies == ["colorizer", "util"])
    }
}
