import SymbolScan
import Testing

/// A C# file declares its extension members, which other files call as members (restsharp/RestSharp's
/// `container.AddCookies(…)` in RestClient.Async.cs, declared by `AddCookies(this CookieContainer …)` in
/// Extensions/CookieContainerExtensions.cs, which a split had called an upper layer nothing used), and a delegate
/// declares the name after its return type (`delegate void ConfigureHeaders(…)` had declared `void`).
@Suite struct CSharpExtensionMembersTests {
    @Test func aThisParameterMethodIsDeclaredAndLinksItsCallers() throws {
        let extensions = try symbols(
            "namespace RestSharp.Extensions;\n\nstatic class CookieContainerExtensions {\n"
                + "    public static void AddCookies(this CookieContainer container, Uri uri) {\n"
                + "        container.SetCookies(uri, Format(this, uri));\n    }\n"
                + "    internal static T Pick<T>(ref this Span<T> span) => span[0];\n"
                + "    private static string Hidden(this string text) => text;\n}\n", as: "C#")
        let client = try symbols(
            "namespace RestSharp;\n\npublic partial class RestClient {\n"
                + "    void Save(CookieContainer jar, Uri url) {\n        jar.AddCookies(url);\n    }\n}\n", as: "C#")

        #expect(extensions.declaredNames == ["AddCookies", "CookieContainerExtensions", "Pick"])
        #expect(extensions.declarations.map(\.name) == ["CookieContainerExtensions"])
        let edges = SymbolGraph().dependencies([
            ("src/RestClient.Async.cs", client), ("src/Extensions/CookieContainerExtensions.cs", extensions),
        ])
        #expect(edges.map { "\($0.from)->\($0.to) \($0.names)" }
            == ["src/RestClient.Async.cs->src/Extensions/CookieContainerExtensions.cs [\"AddCookies\"]"])
    }

    /// C# 14's `extension(T x) { … }` blocks: their methods and properties, not what their bodies and attributes call.
    @Test func anExtensionBlockDeclaresItsMethodsAndProperties() throws {
        let facts = try symbols(
            "namespace RestSharp;\n\npublic static partial class RestClientExtensions {\n"
                + "    extension(IRestClient client) {\n        [Obsolete(\"Use the async overload\")]\n"
                + "        public RestResponse<T> Deserialize<T>(RestResponse response)\n"
                + "            => AsyncHelpers.RunSync(() => Convert(response));\n"
                + "        public Task<RestResponse> ExecuteGet(RestRequest request) {\n"
                + "            var x = Build(request);\n            return client.Execute(x);\n        }\n"
                + "        public bool IsReady => client.Options != null;\n"
                + "        private int Count { get { return 1; } }\n    }\n\n"
                + "    public static void Plain(IRestClient client) { }\n}\n", as: "C#")

        #expect(facts.declaredNames == ["Deserialize", "ExecuteGet", "IsReady", "RestClientExtensions"])
    }

    @Test func aDelegateDeclaresTheNameAfterItsReturnType() throws {
        let facts = try symbols(
            "namespace RestSharp;\n\npublic delegate void ConfigureHeaders(HttpRequestHeaders headers);\n"
                + "public delegate Task<RestResponse<T>> Produce<T>(RestRequest request);\n"
                + "public delegate bool SupportsContentType(ContentType contentType);\n", as: "C#")

        #expect(facts.declaredNames == ["ConfigureHeaders", "Produce", "SupportsContentType"])
    }
}
