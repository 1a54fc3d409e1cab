import FunctionScan
import ImportScan
import SourceScan
import Testing

@Suite struct ImportScriptTests {
    // MARK: Python

    @Test func pythonImportStatementsSplitOnCommasAndKeepAliases() throws {
        let text = "import os\nimport a.b as c, d\ntry: import json\nexcept ImportError: json = None\n"

        let found = try imports(in: text, as: "Python")

        #expect(found == [
            ImportFacts(path: "os", kind: .module, line: 1),
            ImportFacts(path: "a.b", kind: .module, line: 2, alias: "c"),
            ImportFacts(path: "d", kind: .module, line: 2),
            ImportFacts(path: "json", kind: .module, line: 3),
        ])
    }

    @Test func pythonFromImportsKeepRelativeLevelsAndNames() throws {
        let text = """
            from __future__ import annotations
            from . import utils
            from ..models import (Request,
                                  Response as R,)
            from .compat import *
            from ...pkg.sub import x; from os import path
            """

        let found = try imports(in: text, as: "Python")

        #expect(found == [
            ImportFacts(path: "__future__", kind: .module, line: 1, names: ["annotations"]),
            ImportFacts(path: ".", kind: .relative, line: 2, names: ["utils"]),
            ImportFacts(path: "..models", kind: .relative, line: 3, names: ["Request", "Response"]),
            ImportFacts(path: ".compat", kind: .relative, line: 5, names: ["*"]),
            ImportFacts(path: "...pkg.sub", kind: .relative, line: 6, names: ["x"]),
            ImportFacts(path: "os", kind: .module, line: 6, names: ["path"]),
        ])
    }

    @Test func pythonFromOutsideAnImportAndDynamicImportsAreToldApart() throws {
        let text = """
            raise ValueError() from err
            yield from gen()
            mod = importlib.import_module("plugins.x")
            other = __import__('y')
            skipped = importlib.import_module(name)
            """

        let found = try imports(in: text, as: "Python")

        #expect(found == [
            ImportFacts(path: "plugins.x", kind: .dynamic, line: 3),
            ImportFacts(path: "y", kind: .dynamic, line: 4),
        ])
    }

    // MARK: Ruby

    @Test func rubyRequiresAreModulesRelativeOrFiles() throws {
        let text = """
            require 'json'
            require_relative "support/helper"
            load 'tasks/setup.rb'
            require('./local')
            require File.expand_path('../x', __FILE__)
            config.load 'not_this'
            """

        let found = try imports(in: text, as: "Ruby")

        #expect(found == [
            ImportFacts(path: "json", kind: .module, line: 1),
            ImportFacts(path: "support/helper", kind: .relative, line: 2),
            ImportFacts(path: "tasks/setup.rb", kind: .file, line: 3),
            ImportFacts(path: "./local", kind: .relative, line: 4),
        ])
    }

    // MARK: PHP

    @Test func phpUseDeclarationsAreNamespacesWithAliasesAndGroups() throws {
        let text = #"""
            <?php
            namespace App;
            use Foo\Bar\Baz;
            use Foo\Qux as Q, \Other\Thing;
            use function Foo\helper;
            use const Foo\LIMIT;
            use Foo\{A, B\C as D};
            """#

        let found = try imports(in: text, as: "PHP")

        #expect(found.map(\.path) == [
            #"Foo\Bar\Baz"#, #"Foo\Qux"#, #"\Other\Thing"#, #"Foo\helper"#, #"Foo\LIMIT"#, #"Foo\A"#, #"Foo\B\C"#,
        ])
        #expect(found.map(\.alias) == [nil, "Q", nil, nil, nil, nil, "D"])
    }

    // MARK: Elixir

    @Test func elixirDirectivesNameModulesByTheirAliases() throws {
        let text = """
            defmodule MyApp.Accounts do
              use Ecto.Schema
              import Ecto.Query, only: [from: 2]
              alias MyApp.Repo
              alias MyApp.Accounts.{User, Token.Email}
              alias __MODULE__.Helpers
              require Logger
              require :crypto
              @doc "alias Hidden.InDocs"
              def f(x), do: x.alias
            end
            """

        let found = try imports(in: text, as: "Elixir")

        #expect(found.map { "\($0.path) \($0.line)" } == [
            "Ecto.Schema 2", "Ecto.Query 3", "MyApp.Repo 4", "MyApp.Accounts.User 5", "MyApp.Accounts.Token.Email 5",
            "Logger 7",
        ])
        #expect(found.allSatisfy { $0.kind == .module })
    }

    @Test func clojureNsClausesInsideReaderConditionalsAreRead() throws {
        // metosin/reitit's swagger_ui.cljc requires its namespaces only on the JVM.
        let text = """
            (ns reitit.swagger-ui
              #?(:clj (:require [jsonista.core :as j]
                                [reitit.ring :as ring])
                 :cljs (:require [reitit.frontend]))
              #?@(:clj [(:import (java.io File))]))
            """

        let found = try imports(in: text, as: "Clojure")

        #expect(found.map(\.path) == ["jsonista.core", "reitit.ring", "reitit.frontend", "java.io"])
    }

    // MARK: Haskell

    @Test func haskellImportsNameModulesWhateverTheirQualifiers() throws {
        let text = """
            {-# LANGUAGE OverloadedStrings #-}
            module Text.Pandoc.Lua.Module.Pandoc (documentedModule) where
            import Prelude hiding (read)
            import qualified Data.Map as M
            import Data.Text (Text)
            import safe "text" Data.Text.IO qualified as TIO
            import {-# SOURCE #-} Text.Pandoc.Class (PandocMonad)
            foreign import ccall "math.h sin" c_sin :: Double -> Double
              -- import Not.An.Import
            f = let import' = 1 in import'
            """

        let found = try imports(in: text, as: "Haskell")

        #expect(found.map { "\($0.path) \($0.line)" } == [
            "Prelude 3", "Data.Map 4", "Data.Text 5", "Data.Text.IO 6", "Text.Pandoc.Class 7",
        ])
        #expect(found.map(\.alias) == [nil, "M", nil, "TIO", nil])
    }

    // MARK: Erlang

    @Test func erlangIncludesNameFilesAndRemoteCallsNameModulesOncePerFile() throws {
        let text = """
            -module(emqx_conf_cli).
            -behaviour(emqx_ctl).
            -include("emqx_conf.hrl").
            -include_lib("emqx/include/logger.hrl").
            -import(lists, [map/2]).
            -spec load(emqx_types:clientid()) -> ok.
            load(Mod) ->
                %% emqx_commented:out()
                Percent = $%, Quote = $", Atom = '%',
                ?MODULE:reload(), Mod:start(), #state.field,
                emqx_ctl:register_command(conf, {?MODULE, conf}, []),
                F = fun emqx_conf:get/1,
                emqx_types:other(), "not:a_call()".
            """

        let found = try imports(in: text, as: "Erlang")

        #expect(found.map { "\($0.path) \($0.kind) \($0.line)" } == [
            "emqx_ctl module 2", "emqx_conf.hrl file 3", "emqx/include/logger.hrl file 4", "lists module 5",
            "emqx_types module 6", "emqx_conf module 12",
        ])
    }

    // MARK: Clojure

    @Test func clojureNamespacesComeFromTheNsFormsClausesAndRequireCalls() throws {
        let text = #"""
            (ns ^:no-doc app.backend.rpc
              "Docstring (:require [not.this])"
              {:author "x"}
              (:refer-clojure :exclude [get])
              (:require
               [app.common.data :as d]
               app.common.logging
               [app.util.time :refer [now]]
               [app.rpc [commands :as cmds] [doc :refer [x]] climit]
               #?(:clj [clojure.java.io :as io] :cljs ["react" :as react])
               #?@(:clj [[app.clj-only] [app.also-clj :as also]])
               #_[app.discarded :as gone]
               [app.chars :as c])
              (:import (java.time Instant) app.backend.Record [app.common_data Thing]))
            (def quote-char \")
            (defn f [] (:require m) (= \( \;))
            (require '[app.loaded.later :as later] 'app.loaded.bare)
            (comment
              (require '[dev.session :as dev]))
            """#

        let found = try imports(in: text, as: "Clojure")

        #expect(found.map { "\($0.path) \($0.line)" } == [
            "app.common.data 6", "app.common.logging 7", "app.util.time 8", "app.rpc.commands 9", "app.rpc.doc 9",
            "app.rpc.climit 9", "clojure.java.io 10", "app.clj-only 11", "app.also-clj 11", "app.chars 13",
            "java.time 14", "app.backend 14", "app.common_data 14", "app.loaded.later 17", "app.loaded.bare 17",
        ])
        #expect(found.allSatisfy { $0.kind == .module })
    }

    @Test func phpTraitAndClosureUsesAreNotImports() throws {
        let text = """
            <?php
            namespace App {
                use Psr\\Log;
                class A {
                    use HasFactory;
                    function f() { return function () use ($x) { return $x; }; }
                }
            }
            """

        let found = try importPaths(in: text, as: "PHP")

        #expect(found == [#"Psr\Log"#])
    }

    @Test func phpIncludesTakeTheFirstStringOfTheirExpression() throws {
        let text = """
            <?php
            require 'config.php';
            require_once __DIR__ . '/../vendor/autoload.php';
            include_once("lib/util.php");
            include $dynamic;
            """

        let found = try imports(in: text, as: "PHP")

        #expect(found == [
            ImportFacts(path: "config.php", kind: .file, line: 2),
            ImportFacts(path: "/../vendor/autoload.php", kind: .file, line: 3),
            ImportFacts(path: "lib/util.php", kind: .file, line: 4),
        ])
    }
}
