// GroupCommit: writes that arrive together are stored in one transaction.
//
// submit() hands one item to a committer thread and waits for its reply. The
// committer takes everything queued at that moment (at most `max_batch`) and
// writes it with one call of `write`, which stores all of the batch or none
// of it (one transaction: one fsync for the batch instead of one per item).
// Each submit() returns only after that call has returned: its item's reply
// when the batch committed, the batch's problems (kStorageFailed) when it
// did not, so nothing is acknowledged that is not on disk and nothing of a
// failed batch is acknowledged. While the committer writes, new items queue
// up and become the next batch. The destructor writes what is queued, then
// stops the thread. Safe to call from many threads at once.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "sammen/core/result.h"

namespace sammen::server {

template <typename Item, typename Reply>
class GroupCommit {
 public:
  // Stores every item or none; on success one reply per item, in order.
  using Write = std::function<Result<std::vector<Reply>>(const std::vector<Item>&)>;

  explicit GroupCommit(Write write, std::size_t max_batch = 256)
      : write_(std::move(write)), max_batch_(max_batch), thread_([this] { run(); }) {}

  ~GroupCommit() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }

  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // The item's reply once its batch is committed, or the batch's problems.
  Result<Reply> submit(Item item) {
    std::promise<Result<Reply>> promise;
    std::future<Result<Reply>> reply = promise.get_future();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back({std::move(item), std::move(promise)});
    }
    wake_.notify_one();
    return reply.get();
  }

 private:
  struct Pending {
    Item item;
    std::promise<Result<Reply>> reply;
  };

  void run() {
    for (;;) {
      std::vector<Pending> batch;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, and nothing left to write
        while (!queue_.empty() && batch.size() < max_batch_) {
          batch.push_back(std::move(queue_.front()));
          queue_.pop_front();
        }
      }
      commit(batch);
    }
  }

  void commit(std::vector<Pending>& batch) {
    std::vector<Item> items;
    items.reserve(batch.size());
    for (Pending& p : batch) items.push_back(std::move(p.item));
    Result<std::vector<Reply>> written = Problem{ErrorCode::kInternal, "group commit"};
    try {
      written = write_(items);
    } catch (...) {  // a bug in `write`: every waiter hears of it, none waits forever
    }
    if (written.ok() && written.value().size() != batch.size())
      written = Problem{ErrorCode::kInternal, "group commit: one reply per item"};
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (written.ok())
        batch[i].reply.set_value(std::move(written.value()[i]));
      else
        batch[i].reply.set_value(written.problems());
    }
  }

  Write write_;
  std::size_t max_batch_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after everything it uses
};

}  // namespace sammen::server
