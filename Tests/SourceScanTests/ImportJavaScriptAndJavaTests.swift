import FunctionScan
import ImportScan
import SourceScan
import Testing

@Suite struct ImportJavaScriptAndJavaTests {
    // MARK: JavaScript and TypeScript

    @Test func javaScriptStaticImportsKeepDefaultNamespaceAndNamedBindings() throws {
        let text = """
            import React from "react";
            import {a, b as c} from './lib/util.js'
            import Def, * as ns from "../pkg";
            import "./polyfill"
            import {
              x,
              y,
            } from 'multi'
            """

        let found = try imports(in: text, as: "JavaScript")

        #expect(found == [
            ImportFacts(path: "react", kind: .module, line: 1, alias: "React"),
            ImportFacts(path: "./lib/util.js", kind: .relative, line: 2, names: ["a", "b"]),
            ImportFacts(path: "../pkg", kind: .relative, line: 3, alias: "ns"),
            ImportFacts(path: "./polyfill", kind: .relative, line: 4),
            ImportFacts(path: "multi", kind: .module, line: 5, names: ["x", "y"]),
        ])
    }

    @Test func javaScriptReExportsRequiresAndDynamicImportsAreRead() throws {
        let text = """
            export { get, post as send } from "./http";
            export * from 'lodash';
            export * as path from "path";
            export const local = 1;
            const fs = require('fs');
            const lazy = await import("./lazy.js");
            const url = import.meta.url;
            const computed = require(name);
            const template = import(`./locale/${lang}.js`);
            """

        let found = try imports(in: text, as: "JavaScript")

        #expect(found == [
            ImportFacts(path: "./http", kind: .relative, line: 1, names: ["get", "post"], reexports: true),
            ImportFacts(path: "lodash", kind: .module, line: 2, reexports: true),
            ImportFacts(path: "path", kind: .module, line: 3, alias: "path", reexports: true),
            ImportFacts(path: "fs", kind: .module, line: 5),
            ImportFacts(path: "./lazy.js", kind: .dynamic, line: 6),
        ])
    }

    @Test func typeScriptTypeOnlyImportsAndImportRequireAreRead() throws {
        let text = """
            import type { Options } from "./options";
            import type Config from "config";
            import { type A, B } from "mixed";
            export type { T } from "./types";
            import fs = require("fs");
            """

        let found = try imports(in: text, as: "TypeScript")

        #expect(found.map(\.path) == ["./options", "config", "mixed", "./types", "fs"])
        #expect(found[2].names == ["A", "B"])
    }

    @Test func javaScriptBrokenBindingListDoesNotHideTheNextImport() throws {
        let text = "import { a, \nimport b from 'b'\n"

        let found = try importPaths(in: text, as: "JavaScript")

        #expect(found == ["b"])
    }

    // MARK: Java, Kotlin, Scala

    @Test func javaImportsIncludingStaticAndWildcardAreModules() throws {
        let text = """
            package com.example;
            import java.util.List;
            import java.util.*;
            import static org.junit.Assert.assertEquals;
            import module java.base;
            """

        let found = try imports(in: text, as: "Java")

        #expect(found.map(\.path) == ["java.util.List", "java.util.*", "org.junit.Assert.assertEquals", "java.base"])
        #expect(found.map(\.line) == [2, 3, 4, 5])
    }

    @Test func kotlinImportsKeepTheirAliases() throws {
        let text = "import kotlinx.coroutines.flow.Flow\nimport org.a.Thing as Other\nclass X\n"

        let found = try imports(in: text, as: "Kotlin")

        #expect(found == [
            ImportFacts(path: "kotlinx.coroutines.flow.Flow", kind: .module, line: 1),
            ImportFacts(path: "org.a.Thing", kind: .module, line: 2, alias: "Other"),
        ])
    }

    @Test func scalaSelectorGroupsBecomeOneImportPerSelector() throws {
        let text = "import scala.collection.{mutable, Map => M, _}\nimport a.b._, c.D\n"

        let found = try imports(in: text, as: "Scala")

        #expect(found.map(\.path) == [
            "scala.collection.mutable", "scala.collection.Map", "scala.collection._", "a.b._", "c.D",
        ])
        #expect(found[1].alias == "M")
    }
}
