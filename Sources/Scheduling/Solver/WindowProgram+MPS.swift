extension WindowProgram {
    /// The program in MPS format, as a minimisation of the negated worth: binary columns
    /// `x0`, `x1`, … (`BV` bounds inside integer markers), rows `r0`, `r1`, … (`L` for an upper
    /// limit, `G` for a lower one); each soft target is a `G` row `t0`, `t1`, … with a
    /// continuous shortfall column `s0`, `s1`, … (at most the target, priced at `penalty`).
    /// Every MILP solver reads it; ``CBCSolver`` hands it to CBC.
    var mps: String {
        let named =
            rows.enumerated().map { ("r\($0.offset)", $0.element) }
            + targets.enumerated().map { ("t\($0.offset)", $0.element) }
        var text = "NAME          WINDOW\nROWS\n N  obj\n"
        var perColumn = [[(row: String, value: Double)]](repeating: [], count: candidates.count)
        for (name, row) in named {
            precondition(row.lower.isFinite != row.upper.isFinite, "a row has one finite side")
            text += row.upper.isFinite ? " L  \(name)\n" : " G  \(name)\n"
            for (column, coefficient) in zip(row.columns, row.coefficients) {
                perColumn[Int(column)].append((name, coefficient))
            }
        }
        text += "COLUMNS\n    MARKER    'MARKER'    'INTORG'\n"
        for column in candidates.indices {
            text += "    x\(column)    obj    \(Self.number(-worth[column]))\n"
            for entry in perColumn[column] {
                text += "    x\(column)    \(entry.row)    \(Self.number(entry.value))\n"
            }
        }
        text += "    MARKER    'MARKER'    'INTEND'\n"
        for index in targets.indices {
            text += "    s\(index)    obj    \(Self.number(penalty))\n    s\(index)    t\(index)    1\n"
        }
        text += "RHS\n"
        for (name, row) in named {
            text += "    rhs    \(name)    \(Self.number(row.upper.isFinite ? row.upper : row.lower))\n"
        }
        text += "BOUNDS\n"
        for column in candidates.indices { text += " BV bnd    x\(column)\n" }
        for (index, target) in targets.enumerated() { text += " UP bnd    s\(index)    \(Self.number(target.lower))\n" }
        return text + "ENDATA\n"
    }

    /// A number as MPS readers take it (shortest round-trip form, exponent when needed).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// A 0-1 choice as a CBC solution file (`-mipstart`): one line per chosen column.
    func startFile(_ choice: [Bool]) -> String {
        var text = "Feasible - objective value \(Self.number(-worth(of: choice)))\n"
        for (column, chosen) in choice.enumerated() where chosen { text += "\(column) x\(column) 1\n" }
        return text
    }

    /// The 0-1 choice of a CBC solution file (`-solution`), or nil when the file holds no
    /// integer solution: its first line states the status ("Optimal", "Stopped on time", …,
    /// "Stopped on time (no integer solution - continuous used)", "Infeasible"), then one line
    /// per column: index, name, value, reduced cost.
    func choice(fromSolution text: String) -> [Bool]? {
        let lines = text.split(whereSeparator: \.isNewline)
        guard let status = lines.first,
            status.hasPrefix("Optimal") || (status.hasPrefix("Stopped") && !status.contains("no integer solution"))
        else { return nil }
        var choice = [Bool](repeating: false, count: candidates.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ")
            // Shortfall columns follow from the choice.
            if fields.count >= 3, fields[1].hasPrefix("s") { continue }
            guard fields.count >= 3, fields[1].hasPrefix("x"), let column = Int(fields[1].dropFirst()),
                choice.indices.contains(column), let value = Double(fields[2])
            else { return nil }
            choice[column] = value > 0.5
        }
        return choice
    }
}
