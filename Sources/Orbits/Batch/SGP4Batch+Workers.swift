extension SGP4Batch {
    /// One near-earth satellite at every time, `SIMDMath.width` consecutive times per kernel
    /// call.
    func propagateNearEarthOverTimeLanes(_ index: Int, times: BatchTimes, output: DisjointOutput) {
        let lanes = NearEarthLanes(broadcasting: propagators[index])
        propagateOverTimeLanes(index, times: times, output: output, safeMinutes: lanes.safeMinutes) {
            lanes.states(minutesSinceEpoch: $0)
        }
    }

    /// One deep-space satellite at every time, `SIMDMath.width` consecutive times per kernel
    /// call.
    func propagateDeepSpaceOverTimeLanes(_ index: Int, times: BatchTimes, output: DisjointOutput) {
        let lanes = DeepSpaceLanes(propagators[index])
        propagateOverTimeLanes(
            index, times: times, output: output, safeMinutes: SIMDMath.V(repeating: lanes.safeMinutes)
        ) {
            lanes.states(minutesSinceEpoch: $0)
        }
    }

    /// One satellite at every time through `kernel`, consecutive times in the lanes; each
    /// component of the result is one unaligned vector store into the satellite's row. The
    /// last vector is aligned to the end of the row, so it may recompute (identically) a few
    /// states of the previous one. Vectors with a time beyond `safeMinutes` go through the
    /// scalar path.
    @inline(__always)
    func propagateOverTimeLanes(
        _ index: Int, times: BatchTimes, output: DisjointOutput, safeMinutes: SIMDMath.V,
        kernel: (SIMDMath.V) -> LaneStates
    ) {
        let width = SIMDMath.width
        let timeCount = times.count
        let propagator = propagators[index]
        let epochDay = propagator.elements.epoch.julianDay
        let epochFraction = propagator.elements.epoch.fraction
        let n = count * timeCount
        let row = index * timeCount
        let storage = UnsafeMutableRawPointer(output.storage.baseAddress!)
        let codes = UnsafeMutableRawPointer(output.codes.baseAddress!)
        var next = 0
        while next < timeCount {
            let start = Swift.min(next, timeCount - width)
            next = start + width
            let t = times.lanes(from: start, epochDay: epochDay, epochFraction: epochFraction)
            if SIMDMath.any(SIMDMath.abs(t) .> safeMinutes) {
                for j in start..<start + width {
                    storeScalar(
                        propagator, at: row + j, output: output,
                        minutes: times.minutes(j, epochDay: epochDay, epochFraction: epochFraction))
                }
                continue
            }
            let s = kernel(t)
            let offset = (row + start) * 8
            storage.storeBytes(of: s.x, toByteOffset: offset, as: SIMDMath.V.self)
            storage.storeBytes(of: s.y, toByteOffset: 8 * n + offset, as: SIMDMath.V.self)
            storage.storeBytes(of: s.z, toByteOffset: 16 * n + offset, as: SIMDMath.V.self)
            if output.velocities {
                storage.storeBytes(of: s.vx, toByteOffset: 24 * n + offset, as: SIMDMath.V.self)
                storage.storeBytes(of: s.vy, toByteOffset: 32 * n + offset, as: SIMDMath.V.self)
                storage.storeBytes(of: s.vz, toByteOffset: 40 * n + offset, as: SIMDMath.V.self)
            }
            codes.storeBytes(of: s.code, toByteOffset: row + start, as: SIMDMath.Codes.self)
        }
    }

    /// One block of near-earth satellites, one per lane, at every time (few times).
    func propagateBlock(_ b: Int, times: BatchTimes, output: DisjointOutput) {
        let block = blocks[b]
        let members = blockMembers[b]
        let timeCount = times.count
        let n = count * timeCount
        let storage = output.storage
        let codes = output.codes
        for j in 0..<timeCount {
            let t = times.lanes(at: j, epochDay: block.epochDay, epochFraction: block.epochFraction)
            if SIMDMath.any(SIMDMath.abs(t) .> block.safeMinutes) {
                // Angles beyond the exact SIMD reduction: this step goes through the scalar path.
                for lane in 0..<SIMDMath.width where members[lane] >= 0 {
                    let propagator = propagators[members[lane]]
                    storeScalar(
                        propagator, at: members[lane] * timeCount + j, output: output,
                        minutes: times.minutes(
                            j, epochDay: propagator.elements.epoch.julianDay,
                            epochFraction: propagator.elements.epoch.fraction))
                }
                continue
            }
            let s = block.states(minutesSinceEpoch: t)
            for lane in 0..<SIMDMath.width where members[lane] >= 0 {
                let i = members[lane] * timeCount + j
                storage[i] = s.x[lane]
                storage[n + i] = s.y[lane]
                storage[2 * n + i] = s.z[lane]
                codes[i] = s.code[lane]
                if output.velocities {
                    storage[3 * n + i] = s.vx[lane]
                    storage[4 * n + i] = s.vy[lane]
                    storage[5 * n + i] = s.vz[lane]
                }
            }
        }
    }

    /// One satellite through the scalar propagator at every time.
    func propagateScalar(_ index: Int, times: BatchTimes, output: DisjointOutput) {
        let propagator = propagators[index]
        let epoch = propagator.elements.epoch
        for j in 0..<times.count {
            storeScalar(
                propagator, at: index * times.count + j, output: output,
                minutes: times.minutes(j, epochDay: epoch.julianDay, epochFraction: epoch.fraction))
        }
    }

    /// One state from the scalar propagator at flat index `i`: NaN and the error code when it
    /// fails.
    func storeScalar(_ propagator: SGP4Propagator, at i: Int, output: DisjointOutput, minutes: Double) {
        let n = output.codes.count
        var state = StateVector(position: SIMD3(repeating: .nan), velocity: SIMD3(repeating: .nan))
        var code: UInt8 = 0
        do {
            state = try propagator.state(minutesSinceEpoch: minutes)
        } catch {
            code = UInt8(clamping: error.code.rawValue)
        }
        output.storage[i] = state.position.x
        output.storage[n + i] = state.position.y
        output.storage[2 * n + i] = state.position.z
        if output.velocities {
            output.storage[3 * n + i] = state.velocity.x
            output.storage[4 * n + i] = state.velocity.y
            output.storage[5 * n + i] = state.velocity.z
        }
        output.codes[i] = code
    }
}
