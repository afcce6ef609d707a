#include "proposals/sqlite_store.h"

#include "core/statement.h"
#include "sammen/proposals/wire.h"

namespace sammen::server::proposals {
namespace {

constexpr const char* kSelect = "SELECT document FROM proposal_lives";

Idea idea_from(const std::string& document) {
  const Result<Json> json = parse_json(document);
  if (!json.ok()) throw DatabaseError("a stored proposal is not JSON");
  Result<Idea> idea = decode<Idea>(json.value());
  if (!idea.ok()) throw DatabaseError("a stored proposal cannot be read");
  return std::move(idea).value();
}

std::vector<Idea> ideas_of(Statement& s) {
  std::vector<Idea> out;
  while (s.step()) out.push_back(idea_from(s.text(0)));
  return out;
}

}  // namespace

Result<std::optional<Idea>> SqliteStore::find(const std::string& process_id,
                                              const std::string& id) {
  return db_.read("find a proposal", [&]() -> std::optional<Idea> {
    Statement s(db_, std::string(kSelect) + " WHERE process_id = ? AND id = ?");
    s.bind(process_id, id);
    if (!s.step()) return std::nullopt;
    return idea_from(s.text(0));
  });
}

Result<std::optional<Idea>> SqliteStore::by_invite(const std::string& code) {
  return db_.read("find a proposal by its invite", [&]() -> std::optional<Idea> {
    Statement s(db_, std::string(kSelect) + " WHERE invite_code = ?");
    s.bind(code);
    if (!s.step()) return std::nullopt;
    return idea_from(s.text(0));
  });
}

Result<std::vector<Idea>> SqliteStore::in_process(const std::string& process_id) {
  return db_.read("list proposals", [&] {
    Statement s(db_, std::string(kSelect) + " WHERE process_id = ? ORDER BY position");
    s.bind(process_id);
    return ideas_of(s);
  });
}

Result<std::vector<Idea>> SqliteStore::of_person(PersonId person, bool council) {
  return db_.read("list a person's proposals", [&] {
    Statement s(db_, std::string(kSelect) +
                         " WHERE (process_id, id) IN (SELECT process_id, proposal_id FROM"
                         " proposal_authors WHERE person_id = ?) OR (council = 1 AND ? = 1)"
                         " ORDER BY position");
    s.bind(person, council);
    return ideas_of(s);
  });
}

Result<std::vector<Idea>> SqliteStore::accepted() {
  return db_.read("list accepted proposals", [&] {
    Statement s(db_, std::string(kSelect) + " WHERE stage = 'accepted' ORDER BY position");
    return ideas_of(s);
  });
}

Result<std::int64_t> SqliteStore::drafts_by(const std::string& process_id, PersonId person) {
  return db_.read("count drafts", [&] {
    Statement s(db_,
                "SELECT count(*) FROM proposal_lives l JOIN proposal_authors a ON"
                " a.process_id = l.process_id AND a.proposal_id = l.id"
                " WHERE l.process_id = ? AND a.person_id = ? AND l.stage = 'draft'");
    s.bind(process_id, person);
    s.step();
    return s.integer(0);
  });
}

Status SqliteStore::save(const Idea& idea, const std::vector<NewNotice>& notices) {
  return db_.write("save a proposal", [&] {
    const std::optional<std::string> invite =
        idea.invite_code.empty() ? std::nullopt : std::optional<std::string>(idea.invite_code);
    Statement(db_,
              "INSERT INTO proposal_lives (process_id, id, stage, hidden, council, invite_code,"
              " version, document, position) VALUES (?,?,?,?,?,?,?,?,"
              " (SELECT coalesce(max(position), 0) + 1 FROM proposal_lives))"
              " ON CONFLICT (process_id, id) DO UPDATE SET stage = excluded.stage,"
              " hidden = excluded.hidden, council = excluded.council,"
              " invite_code = excluded.invite_code, version = excluded.version,"
              " document = excluded.document")
        .bind(idea.process_id, idea.id, kProposalStatusIds.id(idea.stage), idea.hidden,
              idea.council, invite, idea.version, dump_json(Json(idea)))
        .run();
    Statement(db_, "DELETE FROM proposal_authors WHERE process_id = ? AND proposal_id = ?")
        .bind(idea.process_id, idea.id)
        .run();
    Statement author(db_,
                     "INSERT INTO proposal_authors (process_id, proposal_id, person_id)"
                     " VALUES (?,?,?) ON CONFLICT DO NOTHING");
    for (const Author& a : idea.authors) {
      if (a.person_id == 0) continue;
      author.reset().bind(idea.process_id, idea.id, a.person_id).run();
    }
    Statement(db_,
              "INSERT INTO proposal_revisions (process_id, proposal_id, version, text)"
              " VALUES (?,?,?,?) ON CONFLICT DO NOTHING")
        .bind(idea.process_id, idea.id, idea.version, dump_json(Json(idea.text)))
        .run();
    Statement notice(db_,
                     "INSERT INTO proposal_notices (person_id, process_id, proposal_id,"
                     " proposal_title, kind, at) VALUES (?,?,?,?,?,?)");
    for (const NewNotice& n : notices) {
      notice.reset()
          .bind(n.person_id, idea.process_id, idea.id, idea.text.title, kEventKindIds.id(n.kind),
                n.at)
          .run();
    }
  });
}

Result<std::optional<IdeaText>> SqliteStore::revision(const std::string& process_id,
                                                      const std::string& id,
                                                      std::int64_t version) {
  return db_.read("read a version of a proposal", [&]() -> std::optional<IdeaText> {
    Statement s(db_,
                "SELECT text FROM proposal_revisions WHERE process_id = ? AND proposal_id = ?"
                " AND version = ?");
    s.bind(process_id, id, version);
    if (!s.step()) return std::nullopt;
    const Result<Json> json = parse_json(s.text(0));
    if (!json.ok()) throw DatabaseError("a stored text is not JSON");
    Result<IdeaText> text = decode<IdeaText>(json.value());
    if (!text.ok()) throw DatabaseError("a stored text cannot be read");
    return std::move(text).value();
  });
}

Result<std::vector<Notice>> SqliteStore::notices(PersonId person, std::size_t limit) {
  return db_.read("list notices", [&] {
    Statement s(db_,
                "SELECT id, process_id, proposal_id, proposal_title, kind, at, read FROM"
                " proposal_notices WHERE person_id = ? ORDER BY id DESC LIMIT ?");
    s.bind(person, static_cast<std::int64_t>(limit));
    std::vector<Notice> out;
    while (s.step()) {
      Notice n;
      n.id = s.integer(0);
      n.process_id = s.text(1);
      n.proposal_id = s.text(2);
      n.proposal_title = s.text(3);
      n.kind = s.enumeration<EventKind>(4, kEventKindIds);
      n.at = s.integer(5);
      n.read = s.boolean(6);
      out.push_back(std::move(n));
    }
    return out;
  });
}

Result<std::int64_t> SqliteStore::unread(PersonId person) {
  return db_.read("count unread notices", [&] {
    Statement s(db_, "SELECT count(*) FROM proposal_notices WHERE person_id = ? AND read = 0");
    s.bind(person);
    s.step();
    return s.integer(0);
  });
}

Status SqliteStore::mark_read(PersonId person, const std::vector<std::int64_t>& ids) {
  return db_.write("mark notices read", [&] {
    if (ids.empty()) {
      Statement(db_, "UPDATE proposal_notices SET read = 1 WHERE person_id = ?").bind(person).run();
      return;
    }
    Statement(db_,
              "UPDATE proposal_notices SET read = 1 WHERE person_id = ? AND id IN"
              " (SELECT value FROM json_each(?))")
        .bind(person, Json(ids).dump())
        .run();
  });
}

}  // namespace sammen::server::proposals
