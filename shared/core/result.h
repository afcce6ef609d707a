// Result<T>: a value, or the problems that kept it from being made.
//
// Expected failures are values: a Result holds either a T or at least one
// Problem (problem.h), never both. Status is a Result that carries nothing but
// success. Exceptions are for bugs only.
#pragma once

#include <cassert>
#include <utility>
#include <variant>
#include <vector>

#include "sammen/core/problem.h"

namespace sammen {

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Problem problem) : state_(std::vector<Problem>{std::move(problem)}) {}  // NOLINT
  Result(std::vector<Problem> problems) : state_(std::move(problems)) {          // NOLINT
    assert(!std::get<1>(state_).empty() && "A failed Result needs at least one Problem");
  }

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    assert(ok() && "value() on a failed Result: check ok() first");
    return std::get<0>(state_);
  }
  T& value() & {
    assert(ok() && "value() on a failed Result: check ok() first");
    return std::get<0>(state_);
  }
  // By value, so `for (auto& x : f().value())` does not outlive a temporary.
  T value() && {
    assert(ok() && "value() on a failed Result: check ok() first");
    return std::get<0>(std::move(state_));
  }
  const std::vector<Problem>& problems() const {
    assert(!ok() && "problems() on a successful Result");
    return std::get<1>(state_);
  }
  const Problem& first_problem() const { return problems().front(); }

 private:
  std::variant<T, std::vector<Problem>> state_;
};

// The value of a Result that carries nothing but success.
struct Done {};
using Status = Result<Done>;

}  // namespace sammen
