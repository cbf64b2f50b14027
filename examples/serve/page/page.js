// The page sends the article to /v1/analyze and shows the report: the
// text with each entity mention highlighted, the entities grouped as the
// report groups them, and the key terms. Offsets in the report are UTF-8
// byte offsets, so the text is cut as UTF-8 bytes, not as JavaScript's
// UTF-16 string indices. Text is only ever set as textContent.
"use strict";

const typeNames = {
  PERSON: "people", ORGANIZATION: "organisations", LOCATION: "places", NATIONALITY: "nationalities",
};

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

// label is the hover text of an entity: its English name and id.
function label(e) {
  if (!e.id) return "found by a rule, not in the gazetteer";
  return e.canonical + " · " + e.id;
}

// describe shows an entity in the info line.
function describe(e, text) {
  const info = $("info");
  info.replaceChildren(
    el("b", { textContent: e.canonical || text }), " · ", e.type,
    e.id ? " · id " : "", e.id ? el("code", { textContent: e.id }) : " · found by a rule, not in the gazetteer",
    e.name ? " · " : "", e.name ? el("span", { lang: "ar", dir: "rtl", textContent: e.name }) : "",
  );
}

// highlight returns the article with the mentions of the report's
// entities as <mark> elements.
function highlight(text, entities) {
  const bytes = new TextEncoder().encode(text);
  const decode = (from, to) => new TextDecoder().decode(bytes.subarray(from, to));
  const spans = [];
  entities.forEach((e) => e.mentions.forEach((m) => spans.push({ m, e })));
  spans.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const out = document.createDocumentFragment();
  let pos = 0;
  for (const { m, e } of spans) {
    if (m.start < pos || m.end > bytes.length) continue; // mentions never overlap; be safe
    out.append(decode(pos, m.start));
    const mark = el("mark", {
      className: "ent " + e.type.toLowerCase(),
      textContent: decode(m.start, m.end),
      title: label(e),
      tabIndex: 0,
    });
    mark.dataset.type = e.type;
    mark.dataset.id = e.id;
    mark.dataset.canonical = e.canonical;
    const show = () => {
      document.querySelectorAll(".article .on").forEach((x) => x.classList.remove("on"));
      mark.classList.add("on");
      describe(e, mark.textContent);
    };
    mark.addEventListener("mouseenter", show);
    mark.addEventListener("focus", show);
    mark.addEventListener("click", show);
    out.append(mark);
    pos = m.end;
  }
  out.append(decode(pos, bytes.length));
  return out;
}

// table fills the entity table: one group a type, in the report's order.
function table(entities) {
  const body = $("entities").tBodies[0];
  body.replaceChildren();
  let type = "";
  for (const e of entities) {
    if (e.type !== type) {
      type = e.type;
      const n = entities.filter((x) => x.type === type).length;
      body.append(el("tr", { className: "group" },
        el("th", { colSpan: 5 }, el("span", { className: "ent " + type.toLowerCase(), textContent: type }),
          " " + n + " " + (typeNames[type] || ""))));
    }
    const forms = e.forms.map((f) => f.text + (f.count > 1 ? " ×" + f.count : "")).join("، ");
    body.append(el("tr", {},
      el("td", { className: "num", textContent: e.count }),
      el("td", { textContent: e.canonical || "—" }),
      el("td", {}, e.id ? el("code", { textContent: e.id }) : "(no entry)"),
      el("td", { className: "ar", lang: "ar", textContent: e.name }),
      el("td", { className: "ar", lang: "ar", textContent: forms }),
    ));
  }
}

function terms(list) {
  $("terms").replaceChildren(...list.map((t) =>
    el("li", {}, t.form, " ", el("small", { textContent: "×" + t.count + " (" + t.stem + ")" }))));
}

function show(text, r) {
  $("title").textContent = r.title || "";
  $("counts").textContent = r.bytes + " bytes · " + r.sentences + " sentences · " + r.words + " words · " +
    r.mentions + " entity mentions of " + r.entities.length + " entities";
  $("info").textContent = "Hover over a highlighted name, or tap it.";
  $("article").replaceChildren(highlight(text, r.entities));
  table(r.entities);
  terms(r.terms);
  $("result").hidden = false;
}

async function analyse(event) {
  event.preventDefault();
  const text = $("text").value;
  const status = $("status");
  const button = $("analyse");
  button.disabled = true;
  status.className = "";
  status.textContent = "Analysing…";
  try {
    const resp = await fetch("v1/analyze", {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: text,
    });
    const r = await resp.json();
    if (!resp.ok) throw new Error(r.error || resp.statusText);
    show(text, r);
    status.textContent = "Done.";
  } catch (err) {
    status.className = "error";
    status.textContent = "Error: " + err.message;
  } finally {
    button.disabled = false;
  }
}

$("form").addEventListener("submit", analyse);
