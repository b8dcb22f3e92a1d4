extension SearchChain {
    /// One epoch of the local search: `moves` ruin-and-recreate moves, then group contacts
    /// swapped in (they are in no antenna's best response), contacts moved across antennas (a
    /// spacecraft handed over between antennas gains by them) and the free time filled. The
    /// main search (`Scheduler.runEpochs`) and each alone search (`AloneSearch.move`) run it.
    mutating func epoch(moves: Int) {
        for _ in 0..<moves { ruinAndRecreate() }
        insertGroups()
        moveAcross()
        fillFreeTime()
    }
}

extension SearchChain {
    /// Moves contacts to another resource at the same time: each chosen contact, in a random
    /// order, is swapped for a candidate of its request with the same track on another
    /// resource that fits once it is gone, and its old antennas' free time is refilled by best
    /// response; kept only when the score rises. The request keeps its time, so the move is
    /// open to a mission held at its floor, which no single antenna's best response can move.
    mutating func moveAcross() {
        let set = state.set
        for id in random.shuffled(state.chosen) where state.selected[Int(id)] {
            let contact = set.candidates[Int(id)]
            for other in set.byRequest[Int(contact.request)] {
                let candidate = set.candidates[Int(other)]
                guard candidate.resource != contact.resource, candidate.track == contact.track else { continue }
                let before = score
                let mark = state.mark()
                state.remove(id)
                if state.fits(other) {
                    state.insert(other)
                    for antenna in set.problem.resources[Int(contact.resource)].members {
                        state.bestResponse(antenna: antenna, weights: weights, keep: true)
                    }
                }
                if score <= before + 1e-9 {
                    state.undo(to: mark)
                    state.commit()
                    continue
                }
                state.commit()
                break
            }
        }
    }
}
