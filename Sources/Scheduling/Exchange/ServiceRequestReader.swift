import Orbits

/// Reads one online service package request element of a 902.9 message.
struct ServiceRequestReader {
    let values: XMLValues

    /// The request in `node`, its constraints checked.
    func request(_ node: XMLNode, kind: ServicePackageRequest.Kind) throws(ExchangeError) -> ServicePackageRequest {
        guard let user = node.children("spaceUserNode").first, !user.text.isEmpty else {
            throw values.error(.missingField, node, detail: "spaceUserNode is missing or empty")
        }
        var request = ServicePackageRequest(
            kind: kind, requestID: try values.string(node, "requestID"),
            serviceRequestID: try values.string(node, "serviceReqID"),
            serviceAgreementRef: node.attributes["serviceAgreementRef"], comment: node.attributes["comment"],
            spaceUserNode: user.text, parameters: [:], apertures: [], basicPass: nil, standingOrder: nil,
            passDuration: nil, passInterval: nil, dailyTimes: [], otherConstraints: [], line: node.line)
        for child in node.children {
            switch child.name {
            case "stringParameter", "intParameter", "unsignedIntParameter":
                request.parameters[try values.string(child, "name")] = try values.string(child, "value")
            case "apertureSelection":
                request.apertures.append(try aperture(child))
            case "basicPass":
                try once(request.basicPass, child)
                request.basicPass = try basicPass(child)
            case "standingOrder":
                try once(request.standingOrder, child)
                request.standingOrder = try standingOrder(child)
            case "passDuration":
                try once(request.passDuration, child)
                request.passDuration = try bounds(child, "minPassDuration", "maxPassDuration")
            case "passInterval":
                try once(request.passInterval, child)
                request.passInterval = try bounds(child, "minIntBetweenPasses", "maxIntBetweenPasses")
            case "passDailyTime":
                request.dailyTimes.append(try dailyTime(child))
            case "handover", "passRange", "passElevation":
                request.otherConstraints.append(.init(name: child.name, line: child.line))
            default:
                continue  // the service package itself (onlineSrvPkgType1), other parameters
            }
        }
        if request.basicPass != nil, request.standingOrder != nil {
            throw values.error(.inconsistent, node, detail: "both a basicPass and a standingOrder")
        }
        if request.basicPass == nil, request.standingOrder == nil {
            throw values.error(.missingField, node, detail: "neither a basicPass nor a standingOrder says when")
        }
        return request
    }

    /// Throws `.duplicate` when a constraint allowed once was already read.
    private func once<T>(_ existing: T?, _ node: XMLNode) throws(ExchangeError) {
        if existing != nil { throw values.error(.duplicate, node, detail: "given more than once in the request") }
    }

    private func aperture(_ node: XMLNode) throws(ExchangeError) -> ServicePackageRequest.ApertureChoice {
        let priority = try values.integer(node, "priority", minimum: 1)
        if let body = node.children("apertureCelestialBodyPosition").first {
            throw values.error(
                .unsupported, body, detail: "apertures on celestial bodies are not supported; name a site")
        }
        guard let reference = node.children("apertureReference").first else {
            throw values.error(.missingField, node, detail: "apertureReference is missing")
        }
        return .init(
            siteRef: try values.string(reference, "siteRef"), apertureRef: reference.attributes["apertureRef"],
            priority: priority)
    }

    private func basicPass(_ node: XMLNode) throws(ExchangeError) -> ServicePackageRequest.BasicPass {
        let pass = ServicePackageRequest.BasicPass(
            preferredStart: try values.requiredInstant(node, "preferredStartTime"),
            earliestStart: try values.instant(node, "earliestStartTime"),
            latestStart: try values.instant(node, "latestStartTime"),
            preferredSeconds: try values.requiredInteger(node, "preferredDuration", minimum: 1),
            minimumSeconds: try values.integer(node, "minimumDuration"),
            maximumSeconds: try values.integer(node, "maxDuration", minimum: 1))
        if let earliest = pass.earliestStart, earliest > pass.preferredStart {
            throw values.error(
                .inconsistent, node, attribute: "earliestStartTime", value: node.attributes["earliestStartTime"],
                detail: "after the preferred start")
        }
        if let latest = pass.latestStart, latest < pass.preferredStart {
            throw values.error(
                .inconsistent, node, attribute: "latestStartTime", value: node.attributes["latestStartTime"],
                detail: "before the preferred start")
        }
        if let least = pass.minimumSeconds, least > pass.preferredSeconds {
            throw values.error(
                .inconsistent, node, attribute: "minimumDuration", value: String(least),
                detail: "longer than the preferred duration")
        }
        if let most = pass.maximumSeconds, most < pass.preferredSeconds {
            throw values.error(
                .inconsistent, node, attribute: "maxDuration", value: String(most),
                detail: "shorter than the preferred duration")
        }
        return pass
    }

    private func standingOrder(_ node: XMLNode) throws(ExchangeError) -> ServicePackageRequest.StandingOrder {
        let order = ServicePackageRequest.StandingOrder(
            start: try values.requiredInstant(node, "standingOrderStartTime"),
            durationSeconds: try values.requiredInteger(node, "standingOrderDuration", minimum: 1),
            minPasses: try values.integer(node, "minNumOfPasses", minimum: 1),
            maxPasses: try values.integer(node, "maxNumOfPasses", minimum: 1))
        if let least = order.minPasses, let most = order.maxPasses, least > most {
            throw values.error(
                .inconsistent, node, attribute: "minNumOfPasses", value: String(least),
                detail: "more than maxNumOfPasses (\(most))")
        }
        return order
    }

    private func bounds(
        _ node: XMLNode, _ lower: String, _ upper: String
    ) throws(ExchangeError) -> ServicePackageRequest.Bounds {
        let result = ServicePackageRequest.Bounds(
            minimum: try values.integer(node, lower), maximum: try values.integer(node, upper))
        if let least = result.minimum, let most = result.maximum, least > most {
            throw values.error(
                .inconsistent, node, attribute: lower, value: String(least), detail: "more than \(upper) (\(most))")
        }
        return result
    }

    private func dailyTime(_ node: XMLNode) throws(ExchangeError) -> ServicePackageRequest.PassDailyTime {
        var days: [ServicePackageRequest.Weekday] = []
        for child in node.children("daysForPasses") {
            guard let day = ServicePackageRequest.Weekday(rawValue: child.text) else {
                throw values.error(.invalidValue, child, value: child.text, detail: "not a day of the week (MONDAY …)")
            }
            if !days.contains(day) { days.append(day) }
        }
        let window = ServicePackageRequest.PassDailyTime(
            days: days, earliestStart: try values.timeOfDay(node, "earliestPassStart"),
            latestStart: try values.timeOfDay(node, "latestPassStart"),
            earliestEnd: try values.timeOfDay(node, "earliestPassEnd"),
            latestEnd: try values.timeOfDay(node, "latestPassEnd"), line: node.line)
        return window
    }
}
