#if CBC
    import CCbc

    extension WindowProgram {
        /// Whether this build can solve window programs (the `CBC` trait).
        static var isSolvable: Bool { true }

        /// The best 0-1 choice COIN-OR CBC finds in `seconds`, from `start` (a feasible choice, given
        /// to CBC as its first solution), or nil when it finds none. CBC stops at a relative gap of
        /// 1e-4; what it returns is checked against the rows here, so a numerical slip never
        /// reaches the schedule.
        func solved(seconds: Double, start: [Bool]?) -> [Bool]? {
            let count = candidates.count
            guard count > 0 else { return [] }
            // Column-major matrix.
            var perColumn = [[(row: Int32, value: Double)]](repeating: [], count: count)
            for (index, row) in rows.enumerated() {
                for (column, coefficient) in zip(row.columns, row.coefficients) {
                    perColumn[Int(column)].append((Int32(index), coefficient))
                }
            }
            var starts: [CoinBigIndex] = [0]
            var indices: [Int32] = []
            var values: [Double] = []
            for entries in perColumn {
                for entry in entries {
                    indices.append(entry.row)
                    values.append(entry.value)
                }
                starts.append(CoinBigIndex(indices.count))
            }
            let infinity = 1e30
            let columnLower = [Double](repeating: 0, count: count)
            let columnUpper = [Double](repeating: 1, count: count)
            let rowLower = rows.map { $0.lower.isFinite ? $0.lower : -infinity }
            let rowUpper = rows.map { $0.upper.isFinite ? $0.upper : infinity }
            guard let model = Cbc_newModel() else { return nil }
            defer { Cbc_deleteModel(model) }
            Cbc_loadProblem(
                model, Int32(count), Int32(rows.count), starts, indices, values, columnLower, columnUpper, worth,
                rowLower, rowUpper)
            for column in 0..<count { Cbc_setInteger(model, Int32(column)) }
            Cbc_setObjSense(model, -1)
            Cbc_setLogLevel(model, 0)
            Cbc_setMaximumSeconds(model, max(0.05, seconds))
            Cbc_setAllowableFractionGap(model, 1e-4)
            if let start, isFeasible(start) {
                var ones = start.indices.filter { start[$0] }.map { Int32($0) }
                var units = [Double](repeating: 1, count: ones.count)
                Cbc_setMIPStartI(model, Int32(ones.count), &ones, &units)
            }
            _ = Cbc_solve(model)
            // The best integer solution found; nil when CBC found none (not even the start).
            guard let solution = Cbc_bestSolution(model) else { return nil }
            let choice = (0..<count).map { solution[$0] > 0.5 }
            return isFeasible(choice) ? choice : nil
        }
    }
#else
    extension WindowProgram {
        /// Whether this build can solve window programs (the `CBC` trait).
        static var isSolvable: Bool { false }

        /// Without the `CBC` trait there is no solver: always nil.
        func solved(seconds: Double, start: [Bool]?) -> [Bool]? { nil }
    }
#endif
