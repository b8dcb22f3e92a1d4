import Foundation
import HTTPTypes
import Hummingbird
import Server

extension Console {
    /// The console's pages, in navigation order: path, message key of the label, and the page.
    var pages: [(path: String, label: String, render: PageRenderer)] {
        [
            ("overview", "nav_overview", OverviewPage.render),
            ("map", "nav_map", MapPage.render),
            ("schedule", "nav_schedule", SchedulePage.render),
            ("conjunctions", "nav_conjunctions", ConjunctionsPage.render),
            ("data", "nav_data", DataPage.render),
            ("registry", "nav_registry", RegistryPage.render),
        ]
    }

    /// Adds the console's routes to `router` (pass it as `makeApplication`'s `addRoutes`).
    public func addRoutes(to router: Router<APIRequestContext>) {
        router.get("/") { _, _ in Self.redirect(to: "\(Self.prefix)/overview") }
        router.get(RouterPath(Self.prefix)) { _, _ in Self.redirect(to: "\(Self.prefix)/overview") }
        router.get(RouterPath("\(Self.prefix)/sign-in")) { request, _ in
            try await signInForm(request, error: nil, status: .ok)
        }
        router.post(RouterPath("\(Self.prefix)/sign-in")) { request, _ in try await signIn(request) }
        router.get(RouterPath("\(Self.prefix)/sign-in/link")) { request, _ in try await signInWithLink(request) }
        router.post(RouterPath("\(Self.prefix)/sign-out")) { request, _ in try await signOut(request) }
        router.post(RouterPath("\(Self.prefix)/language")) { request, _ in try await switchLanguage(request) }
        router.get(RouterPath("\(Self.prefix)/static/{name}")) { request, context in
            staticFile(context.parameters.get("name") ?? "")
        }
        router.get(RouterPath("\(Self.prefix)/conjunctions/{id}/cdm")) { request, context in
            let raw = context.parameters.get("id") ?? ""
            return try await conjunctionCDM(request, id: raw.removingPercentEncoding ?? raw)
        }
        for page in pages {
            let navKey = page.label
            let render = page.render
            router.get(RouterPath("\(Self.prefix)/\(page.path)")) { request, _ in
                try await self.page(request, navKey: navKey, render: render)
            }
        }
    }

    /// A static file, cached for an hour, or 404.
    func staticFile(_ name: String) -> Response {
        guard let file = resources.staticFiles[name] else {
            return Response(status: .notFound)
        }
        var headers = HTTPFields()
        headers[.contentType] = file.contentType
        headers[.cacheControl] = "public, max-age=3600"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
