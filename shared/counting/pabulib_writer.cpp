#include <string>

#include "sammen/counting/pabulib.h"
#include "support.h"

namespace sammen::counting {
namespace {

// Quotes a field when the format needs it (';', '"', line ends, edge spaces).
void put_field(std::string& out, std::string_view field) {
  bool needs = field.find_first_of(";\"\r\n") != std::string_view::npos;
  if (!field.empty() && (field.front() == ' ' || field.back() == ' ')) needs = true;
  if (!needs) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (const char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void put_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(';');
    put_field(out, fields[i]);
  }
  out.push_back('\n');
}

std::string fixed(std::int64_t value, std::int32_t decimals) {
  return format_money_exact(value, decimals);
}

std::string write(const PabulibInstance& instance, const Outcome* outcome) {
  const Election& e = instance.election;
  std::string out;
  out.reserve(64 + e.ballots.size() * 24);

  // META: the file's keys in order, with the facts the Election owns.
  std::vector<std::pair<std::string, std::string>> meta = instance.meta;
  auto set = [&](const std::string& key, std::string value) {
    for (auto& [k, v] : meta) {
      if (k == key) {
        v = std::move(value);
        return;
      }
    }
    meta.emplace_back(key, std::move(value));
  };
  set("num_projects", std::to_string(e.projects.size()));
  set("num_votes", std::to_string(e.ballots.size()));
  set("budget", fixed(e.budget, e.money_decimals));
  set("vote_type", vote_type_name(e.vote_type));
  out += "META\nkey;value\n";
  for (const auto& [k, v] : meta) put_row(out, {k, v});

  // PROJECTS: every kept column; id, cost and name from the Election.
  std::vector<std::string> columns = instance.project_columns;
  auto ensure = [&](const std::string& name) {
    for (const std::string& c : columns) {
      if (c == name) return;
    }
    columns.push_back(name);
  };
  ensure("project_id");
  ensure("cost");
  if (outcome != nullptr) ensure("selected");
  std::vector<bool> funded(e.projects.size(), false);
  if (outcome != nullptr) {
    for (const std::int32_t p : outcome->selected) funded[p] = true;
  }
  out += "PROJECTS\n";
  put_row(out, columns);
  std::vector<std::string> row;
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    row.assign(columns.size(), std::string{});
    if (p < instance.project_fields.size()) {
      const std::vector<std::string>& kept = instance.project_fields[p];
      for (std::size_t i = 0; i < kept.size() && i < row.size(); ++i) row[i] = kept[i];
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == "project_id") row[i] = e.projects[p].id;
      if (columns[i] == "cost") row[i] = fixed(e.projects[p].cost, e.money_decimals);
      if (columns[i] == "name" && !e.projects[p].name.empty()) row[i] = e.projects[p].name;
      if (columns[i] == "selected" && outcome != nullptr) row[i] = funded[p] ? "1" : "0";
    }
    put_row(out, row);
  }

  // VOTES: voter_id, vote (and points), plus the kept columns.
  const bool weighted = e.vote_type == VoteType::kCumulative || e.vote_type == VoteType::kScoring;
  const bool details =
      !instance.voter_fields.empty() && instance.voter_fields.size() == e.ballots.size();
  std::vector<std::string> vote_columns;
  std::vector<std::int32_t> extra_of;  // column -> index into voter_fields, or -1
  if (details) {
    std::int32_t extra = 0;
    for (const std::string& c : instance.vote_columns) {
      vote_columns.push_back(c);
      const bool own = c == "voter_id" || c == "vote" || (weighted && c == "points");
      extra_of.push_back(own ? -1 : extra++);
    }
  }
  auto ensure_vote = [&](const std::string& name) {
    for (const std::string& c : vote_columns) {
      if (c == name) return;
    }
    vote_columns.push_back(name);
    extra_of.push_back(-1);
  };
  ensure_vote("voter_id");
  ensure_vote("vote");
  if (weighted) ensure_vote("points");
  out += "VOTES\n";
  put_row(out, vote_columns);
  std::string list;
  for (std::size_t b = 0; b < e.ballots.size(); ++b) {
    const BallotView ballot = e.ballots[b];
    for (std::size_t i = 0; i < vote_columns.size(); ++i) {
      if (i > 0) out.push_back(';');
      const std::string& c = vote_columns[i];
      if (extra_of[i] >= 0) {
        const std::vector<std::string>& kept = instance.voter_fields[b];
        if (static_cast<std::size_t>(extra_of[i]) < kept.size()) put_field(out, kept[extra_of[i]]);
      } else if (c == "voter_id") {
        const bool has = b < instance.voter_ids.size() && !instance.voter_ids[b].empty();
        if (has) {
          put_field(out, instance.voter_ids[b]);
        } else {
          put_field(out, std::to_string(b + 1));
        }
      } else if (c == "vote") {
        list.clear();
        for (std::size_t k = 0; k < ballot.projects.size(); ++k) {
          if (k > 0) list.push_back(',');
          list += e.projects[ballot.projects[k]].id;
        }
        put_field(out, list);
      } else if (c == "points") {
        list.clear();
        for (std::size_t k = 0; k < ballot.points.size(); ++k) {
          if (k > 0) list.push_back(',');
          list += fixed(ballot.points[k], e.points_decimals);
        }
        put_field(out, list);
      }
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace

std::string write_pabulib(const PabulibInstance& instance) {
  return write(instance, nullptr);
}

std::string write_pabulib(const PabulibInstance& instance, const Outcome& outcome) {
  return write(instance, &outcome);
}

PabulibInstance pabulib_instance(const Election& election, std::string_view description) {
  PabulibInstance instance;
  instance.election = election;
  instance.meta = {{"description", std::string(description)},
                   {"country", "none"},
                   {"unit", "none"},
                   {"instance", "none"}};
  instance.project_columns = {"project_id", "cost", "name"};
  for (const ElectionProject& p : election.projects) {
    instance.project_fields.push_back({p.id, "", p.name});
  }
  return instance;
}

}  // namespace sammen::counting
