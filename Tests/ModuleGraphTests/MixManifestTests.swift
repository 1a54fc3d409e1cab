@testable import BuildManifests
import ModuleGraph
import Testing

@Suite struct MixManifestTests {
    @Test func mixProjectsAreModulesNamedByTheirAppWithTheDepsTheyList() {
        // elixir-ls: an umbrella root and two apps, one depending on the other in the umbrella.
        let files = [
            "mix.exs": """
                defmodule ElixirLS.Mixfile do
                  use Mix.Project
                  def project do
                    [apps_path: "apps", deps: deps(), dialyzer: [plt_add_apps: [:dialyxir_vendored, :mix]]]
                  end
                  defp deps do
                    []
                  end
                end
                """,
            "apps/language_server/mix.exs": """
                defmodule ElixirLS.LanguageServer.MixProject do
                  use Mix.Project
                  # app: :commented_out
                  def project do
                    [
                      app: :language_server,
                      version: "0.1.0",
                      description: "app: :not_this",
                      deps: deps()
                    ]
                  end
                  def application, do: [mod: {ElixirLS.LanguageServer, []}, extra_applications: [:logger]]
                  defp deps do
                    [
                      {:elixir_ls_utils, in_umbrella: true},
                      {:elixir_sense, github: "elixir-lsp/elixir_sense", ref: @dep_versions[:elixir_sense]},
                      {:jason_v, github: "elixir-lsp/jason", override: true},
                      {:dialyxir_vendored, github: "elixir-lsp/dialyxir", runtime: false}
                    ]
                  end
                  defp aliases, do: [test: {:ok, "nothing"}]
                end
                """,
            "apps/elixir_ls_utils/mix.exs": "defmodule ElixirLS.Utils.MixProject do\n  @app :elixir_ls_utils\n  def project, do: [app: @app]\nend\n",
            "apps/broken/mix.exs": "defmodule Broken do\nend\n",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: MixManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"ElixirLS [other] roots=[""] deps=[] imports=[] @mix.exs:1"#,
            #"elixir_ls_utils [library] roots=["apps/elixir_ls_utils"] deps=[] imports=[] @apps/elixir_ls_utils/mix.exs:2"#,
            #"language_server [library] roots=["apps/language_server"] deps=["dialyxir_vendored", "elixir_ls_utils", "elixir_sense", "jason_v"] imports=[] @apps/language_server/mix.exs:6"#,
        ])
        #expect(result.warnings.map(\.description) == ["apps/broken/mix.exs:1: mix.exs has no `app:` name; skipped"])
    }

    @Test func aHexPackagesCodeIsWhatItShipsAndCompiles() {
        // phoenix_live_view ships its JavaScript client; oban lists its files; plug's list is of strings; a project
        // with a package but no files ships Hex's defaults; an application with no package ships nothing to Hex.
        let files = [
            "live/mix.exs": """
                defmodule LiveView.MixProject do
                  def project, do: [app: :phoenix_live_view, elixirc_paths: elixirc_paths(Mix.env()), package: package()]
                  defp elixirc_paths(:test), do: ["lib", "test/support"]
                  defp elixirc_paths(_), do: ["lib"]
                  defp package do
                    [
                      links: %{"GitHub" => "https://github.com/phoenixframework/phoenix_live_view"},
                      files:
                        ~w(assets/js lib priv) ++
                          ~w(CHANGELOG.md mix.exs package.json README* .formatter.exs)
                    ]
                  end
                end
                """,
            "oban/mix.exs": """
                defmodule Oban.MixProject do
                  def project, do: [app: :oban, package: [files: ~w(lib .formatter.exs mix.exs README* LICENSE*)]]
                end
                """,
            "plug/mix.exs": "defmodule Plug.MixProject do\n  def project, do: [app: :plug, package: [files: [\"lib\", \"src\", \"./mix.exs\"]]]\nend\n",
            "hexless/mix.exs": "defmodule Hexless.MixProject do\n  def project, do: [app: :hexless, package: package()]\nend\n",
            "app/mix.exs": "defmodule App.MixProject do\n  def project, do: [app: :app, elixirc_paths: [\"lib\", \"web\"]]\nend\n",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: MixManifest()).modules
        let loaded = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.loadedPaths) })

        #expect(loaded["phoenix_live_view"] == [
            "live/.formatter.exs", "live/CHANGELOG.md", "live/assets/js", "live/lib", "live/mix.exs",
            "live/package.json", "live/priv", "live/test/support",
        ])
        #expect(loaded["oban"] == ["oban/.formatter.exs", "oban/lib", "oban/mix.exs"])
        #expect(loaded["plug"] == ["plug/lib", "plug/mix.exs", "plug/src"])
        #expect(loaded["hexless"] == MixPackageFiles.hexDefaults.map { "hexless/" + $0 }.sorted())
        #expect(loaded["app"] == [])
        #expect(modules.first { $0.name == "oban" }?.isTooling("oban/config/config.exs") == true)
    }
}
