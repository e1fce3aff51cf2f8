package io.github.catconv.read.bibtex;

import io.github.catconv.read.ReadContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code crossref} and {@code xdata} inheritance over a stream of entries, in bounded memory and
 * without reordering.
 *
 * <p>Rules (biblatex manual §2.2.3 "crossref", "xdata" and appendix B, the default inheritance
 * setup, which biber applies; BibTeXing §2.2 for classic BibTeX): a child takes every field it lacks
 * from its {@code xdata} entries, then from its {@code crossref} parent (itself resolved first);
 * a book's, collection's or proceedings' {@code title}/{@code subtitle} become the child's
 * {@code booktitle}/{@code booksubtitle} ({@code maintitle} from a multi-volume parent), a
 * periodical's become the article's {@code journaltitle}; inheritance links, labels, sort keys and
 * shorthands are not inherited. {@code @xdata} entries are data, not records.
 *
 * <p>Memory: the last entries seen are kept (up to {@link #SEEN_BUDGET})
 * for children that follow their parent; a child whose parent has not come yet waits, and every
 * entry after it waits too, so that the output keeps the input order, until the parent arrives or
 * the waiting entries exceed {@link #WAITING_BUDGET} (bibtex itself wants parents after
 * their children, so a file written for bibtex waits until its parents at the end). A reference
 * still unresolved then is reported once as a warning and the entry is written with its own
 * fields.
 */
final class BibInheritance {

    /**
     * Size ({@link BibEntry#size}) of the entries already seen that are kept for later children:
     * about 2,000 entries. Small on purpose: an entry kept longer than a young collection or two is
     * promoted to the old generation and dies there, which grows the heap of a long file.
     */
    static final long SEEN_BUDGET = 1L << 20;
    /** Size of the entries waiting for a parent: about 20,000 entries. */
    static final long WAITING_BUDGET = 16L << 20;
    private static final int MAX_DEPTH = 8;

    /** biblatex appendix B: fields never inherited. */
    private static final Set<String> NOT_INHERITED = Set.of("ids", "crossref", "xref", "entryset", "entrysubtype",
            "execute", "label", "options", "presort", "related", "relatedoptions", "relatedstring", "relatedtype",
            "shorthand", "shorthandintro", "sortkey", "xdata", "key");
    private static final Set<String> BOOK_PARENTS = Set.of("book", "mvbook", "collection", "mvcollection",
            "reference", "mvreference", "proceedings", "mvproceedings");
    private static final Set<String> BOOK_CHILDREN = Set.of("inbook", "bookinbook", "suppbook", "incollection",
            "suppcollection", "inreference", "inproceedings", "book", "collection", "proceedings", "reference");

    private final ReadContext ctx;
    private final LinkedHashMap<String, BibEntry> seen = new LinkedHashMap<>();
    private long seenChars;
    private final ArrayDeque<BibEntry> waiting = new ArrayDeque<>();
    private final Map<String, BibEntry> waitingByKey = new HashMap<>();
    private long waitingChars;

    BibInheritance(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** Takes the next entry of the input; hands the entries that are ready, in order, to {@code out}. */
    void add(BibEntry e, Consumer<BibEntry> out) {
        remember(e);
        if (waiting.isEmpty() && resolvable(e)) {
            emit(e, out);
            return;
        }
        waiting.addLast(e);
        waitingChars += e.size();
        if (e.key() != null) {
            waitingByKey.putIfAbsent(lower(e.key()), e);
        }
        drain(out, false);
    }

    /** At the end of the input: everything still waiting, with its unresolved references reported. */
    void finish(Consumer<BibEntry> out) {
        drain(out, true);
    }

    private void drain(Consumer<BibEntry> out, boolean force) {
        while (!waiting.isEmpty()) {
            BibEntry head = waiting.peekFirst();
            if (!force && waitingChars <= WAITING_BUDGET && !resolvable(head)) {
                return;
            }
            waiting.removeFirst();
            waitingChars -= head.size();
            if (head.key() != null && waitingByKey.get(lower(head.key())) == head) {
                waitingByKey.remove(lower(head.key()));
            }
            emit(head, out);
        }
    }

    private void emit(BibEntry e, Consumer<BibEntry> out) {
        if (BibTypes.isRecord(e.type())) {
            out.accept(hasReferences(e) ? e.withFields(resolve(e, 0, true)) : e);
        }
    }

    private void remember(BibEntry e) {
        if (e.key() == null) {
            return;
        }
        BibEntry old = seen.put(lower(e.key()), e);
        seenChars += e.size() - (old == null ? 0 : old.size());
        Iterator<BibEntry> it = seen.values().iterator();
        while (seenChars > SEEN_BUDGET && it.hasNext()) {
            BibEntry oldest = it.next();
            if (oldest == e) {
                break;
            }
            seenChars -= oldest.size();
            it.remove();
        }
    }

    private static boolean hasReferences(BibEntry e) {
        return e.fields().containsKey("crossref") || e.fields().containsKey("xdata");
    }

    /** True when every entry {@code e} inherits from (transitively) is at hand. */
    private boolean resolvable(BibEntry e) {
        return resolvable(e, 0);
    }

    private boolean resolvable(BibEntry e, int depth) {
        if (!hasReferences(e) || depth > MAX_DEPTH) {
            return true;
        }
        for (String ref : references(e)) {
            BibEntry target = lookup(ref);
            if (target == null || !resolvable(target, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The fields of {@code e} with everything it inherits. */
    private Map<String, String> resolve(BibEntry e, int depth, boolean report) {
        Map<String, String> fields = new LinkedHashMap<>(e.fields());
        if (depth > MAX_DEPTH) {
            return fields;
        }
        String xdata = e.fields().get("xdata");
        if (xdata != null) {
            for (String ref : splitKeys(xdata)) {
                BibEntry target = lookup(ref);
                if (target == null) {
                    if (report) {
                        ctx.warn(e.line(), e.key(), "xdata entry '" + ref + "' not found; its fields are not inherited");
                    }
                    continue;
                }
                resolve(target, depth + 1, false).forEach((k, v) -> {
                    if (!NOT_INHERITED.contains(k)) {
                        fields.putIfAbsent(k, v);
                    }
                });
            }
        }
        String crossref = e.fields().get("crossref");
        if (crossref != null && !crossref.isBlank()) {
            BibEntry parent = lookup(crossref.strip());
            if (parent == null) {
                if (report) {
                    ctx.warn(e.line(), e.key(), "crossref entry '" + crossref.strip()
                            + "' not found; its fields are not inherited");
                }
            } else {
                Map<String, String> inherited = resolve(parent, depth + 1, false);
                for (Map.Entry<String, String> f : inherited.entrySet()) {
                    if (NOT_INHERITED.contains(f.getKey())) {
                        continue;
                    }
                    for (String target : targets(parent.type(), e.type(), f.getKey())) {
                        fields.putIfAbsent(target, f.getValue());
                    }
                }
            }
        }
        return fields;
    }

    /** Where a parent's field goes in the child (biblatex appendix B, default inheritance). */
    private static List<String> targets(String parentType, String childType, String field) {
        boolean title = field.equals("title") || field.equals("subtitle") || field.equals("titleaddon");
        if (title && BOOK_PARENTS.contains(parentType) && BOOK_CHILDREN.contains(childType)) {
            String base = BibTypes.isMultiVolume(parentType) ? "main" : "book";
            return List.of(base + field);
        }
        if (title && parentType.equals("periodical")) {
            return List.of("journal" + field);
        }
        if (field.equals("shorttitle") && (BOOK_PARENTS.contains(parentType) || parentType.equals("periodical"))) {
            return List.of();
        }
        if (field.equals("author") && BOOK_PARENTS.contains(parentType) && childType.startsWith("in")) {
            return List.of("author", "bookauthor");
        }
        return List.of(field);
    }

    private BibEntry lookup(String key) {
        String k = lower(key);
        BibEntry e = seen.get(k);
        return e != null ? e : waitingByKey.get(k);
    }

    private static List<String> references(BibEntry e) {
        List<String> out = new ArrayList<>();
        String crossref = e.fields().get("crossref");
        if (crossref != null && !crossref.isBlank()) {
            out.add(crossref.strip());
        }
        String xdata = e.fields().get("xdata");
        if (xdata != null) {
            out.addAll(splitKeys(xdata));
        }
        return out;
    }

    private static List<String> splitKeys(String list) {
        List<String> out = new ArrayList<>();
        for (String k : list.split(",")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
