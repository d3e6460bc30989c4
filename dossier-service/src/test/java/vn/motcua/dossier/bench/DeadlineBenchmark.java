package vn.motcua.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.dossier.domain.DeadlineClock;
import vn.motcua.dossier.domain.OfficeHours;
import vn.motcua.dossier.domain.ProvinceCalendar;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;

/**
 * Appointed dates for 1,000,000 dossiers over real calendars (issue 13, "done when": a benchmark command computes
 * deadlines for 1,000,000 dossiers and prints the rate). Not a test: a command that prints figures,
 * {@code ./mot-cua bench-deadlines [dossiers=1000000] [seed=13] [runs=3]}.
 *
 * <p>The calendars are the catalogue's: the national days off and swapped working days of 2025-2027 are read from
 * its seed migration ({@code catalog-service/.../V4__calendars.sql}, the rows the catalogue publishes to this
 * service), for the 34 provinces of its register, in their zone (Asia/Ho_Chi_Minh, the register's value for
 * every province). Per province, one local day off a year and, for every third province, a summer timetable
 * (07:00-11:30, 13:30-17:00 from May to September) are illustrative: no province's own days are seeded yet.
 * Dossiers mix limits in working days (1..60, 70 %) and working hours (4..40, 30 %), accepted at any instant of
 * 2025-2026, nights and weekends included, so the dates reach into 2027.
 *
 * <p>After a warm-up, each run times {@link DeadlineClock#dueAt} (through {@code startAt}, as the lifecycle calls
 * it) in batches of 1,000 dossiers and prints dossiers per second and the p50/p99 of the nanoseconds per deadline
 * over the batches; beside it, in the same run, on the same inputs, a reference that does no calendar work: one
 * {@code LocalDate.plusDays} with the {@code ZonedDateTime} conversions in and out, and the ratio of the two.
 */
public final class DeadlineBenchmark {
    private static final String V4 = "catalog-service/src/main/resources/db/migration/V4__calendars.sql";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int BATCH = 1_000;
    private static final int WARM_UP_ROUNDS = 10;
    /** The province register of V4 (Decision 19/2025/QĐ-TTg, 34 units from 01/07/2025). */
    private static final String[] PROVINCES = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24",
            "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80",
            "82", "86", "91", "92", "96"};
    private static final OfficeHours STANDARD = hours("2000-01-01", 7, 30);

    private record Dossier(ProvinceCalendar calendar, Instant acceptedAt, TimeLimit limit) {
    }

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int dossiers = option(args, "dossiers", 1_000_000);
        if (dossiers < 1) {
            throw new IllegalArgumentException("dossiers=" + dossiers + ": at least one");
        }
        long seed = option(args, "seed", 13);
        int runs = option(args, "runs", 3);
        Path repo = Path.of(System.getProperty("motcua.repo", "."));
        Path sql = repo.resolve(V4);

        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> swapped = new HashSet<>();
        readNationalDays(sql, daysOff, swapped);
        Random random = new Random(seed);
        List<ProvinceCalendar> calendars = calendars(daysOff, swapped, random);
        check(calendars.getFirst());
        System.out.printf(Locale.ROOT, "calendars: %d provinces, national days 2025-2027 from %s: %d days off, %d"
                + " swapped working days; zone %s%n", calendars.size(), V4, daysOff.size(), swapped.size(), ZONE);

        Dossier[] inputs = dossiers(dossiers, calendars, random);
        System.out.printf(Locale.ROOT, "%,d dossiers: %.0f %% in working days 1..60, the rest in working hours"
                + " 4..40; accepted over 2025-2026, %.0f %% outside office hours%n", dossiers,
                100.0 * Arrays.stream(inputs).filter(d -> d.limit().unit() == TimeUnit.WORKING_DAYS).count() / dossiers,
                100.0 * Arrays.stream(inputs).filter(DeadlineBenchmark::outsideOfficeHours).count() / dossiers);

        long sink = 0;
        Dossier[] warmUp = Arrays.copyOf(inputs, Math.min(inputs.length, 200_000));
        long warmStart = System.nanoTime();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            sink += deadlines(warmUp, batches(warmUp.length));
            sink += reference(warmUp, batches(warmUp.length));
        }
        System.out.printf(Locale.ROOT, "warm-up: %d rounds of %,d dossiers, %.1f s%n", WARM_UP_ROUNDS, warmUp.length,
                (System.nanoTime() - warmStart) / 1e9);

        double bestRate = 0;
        long dates = 0;
        for (int run = 1; run <= runs; run++) {
            long[] batches = batches(inputs.length);
            long t0 = System.nanoTime();
            dates = deadlines(inputs, batches);
            long deadlineNanos = System.nanoTime() - t0;
            long[] referenceBatches = batches(inputs.length);
            long t1 = System.nanoTime();
            sink += reference(inputs, referenceBatches);
            long referenceNanos = System.nanoTime() - t1;
            double rate = inputs.length / (deadlineNanos / 1e9);
            bestRate = Math.max(bestRate, rate);
            System.out.printf(Locale.ROOT, "run %d: %,d deadlines in %.2f s = %,.0f dossiers/s; ns per deadline"
                    + " (batches of %,d) p50 %,d p99 %,d | reference plusDays + ZonedDateTime: %.2f s, p50 %,d p99 %,d"
                    + " | ratio %.1f x%n", run, inputs.length, deadlineNanos / 1e9, rate, BATCH,
                    percentile(batches, 50), percentile(batches, 99), referenceNanos / 1e9,
                    percentile(referenceBatches, 50), percentile(referenceBatches, 99),
                    (double) deadlineNanos / referenceNanos);
        }
        // the sum of the due instants' epoch seconds: the same across runs and versions when the dates are
        System.out.printf(Locale.ROOT, "best: %,.0f dossiers/s; checksum of the dates %d (%d)%n", bestRate, dates,
                sink);
    }

    /** Times each batch of {@link #BATCH} deadlines into {@code batches}, as nanoseconds per deadline. */
    private static long deadlines(Dossier[] inputs, long[] batches) {
        long sink = 0;
        for (int b = 0; b < batches.length; b++) {
            long t = System.nanoTime();
            int start = b * BATCH;
            int end = Math.min(start + BATCH, inputs.length);
            for (int i = start; i < end; i++) {
                Dossier d = inputs[i];
                sink += DeadlineClock.startAt(d.acceptedAt(), d.limit()).dueAt(d.calendar()).getEpochSecond();
            }
            batches[b] = (System.nanoTime() - t) / (end - start);
        }
        return sink;
    }

    /** The same number of conversions with no calendar: the floor a deadline costs in java.time. */
    private static long reference(Dossier[] inputs, long[] batches) {
        long sink = 0;
        for (int b = 0; b < batches.length; b++) {
            long t = System.nanoTime();
            int start = b * BATCH;
            int end = Math.min(start + BATCH, inputs.length);
            for (int i = start; i < end; i++) {
                Dossier d = inputs[i];
                ZoneId zone = d.calendar().zone();
                sink += d.acceptedAt().atZone(zone).toLocalDate().plusDays(d.limit().value())
                        .atTime(STANDARD.closes()).atZone(zone).toInstant().getEpochSecond();
            }
            batches[b] = (System.nanoTime() - t) / (end - start);
        }
        return sink;
    }

    private static long[] batches(int dossiers) {
        return new long[(dossiers + BATCH - 1) / BATCH];
    }

    /** The national_day rows of V4: days off (holidays, compensatory days) and swapped working days, 2025-2027. */
    private static void readNationalDays(Path sql, Set<LocalDate> daysOff, Set<LocalDate> swapped) throws IOException {
        if (!Files.isRegularFile(sql)) {
            throw new IllegalStateException("the catalogue's calendar seed is not at " + sql.toAbsolutePath()
                    + "; run from the repository's root (./mot-cua bench-deadlines) or set -Dmotcua.repo");
        }
        Matcher row = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|COMPENSATORY_DAY_OFF|SWAPPED_WORKING_DAY)'")
                .matcher(Files.readString(sql, StandardCharsets.UTF_8));
        while (row.find()) {
            LocalDate day = LocalDate.parse(row.group(1));
            if (day.getYear() < 2025 || day.getYear() > 2027) {
                continue;
            }
            (row.group(2).equals("SWAPPED_WORKING_DAY") ? swapped : daysOff).add(day);
        }
        if (daysOff.isEmpty() || swapped.isEmpty()) {
            throw new IllegalStateException("no national days of 2025-2027 found in " + sql);
        }
    }

    private static List<ProvinceCalendar> calendars(Set<LocalDate> national, Set<LocalDate> swapped, Random random) {
        List<ProvinceCalendar> calendars = new ArrayList<>();
        for (int p = 0; p < PROVINCES.length; p++) {
            Set<LocalDate> off = new HashSet<>(national);
            for (int year = 2025; year <= 2027; year++) {
                LocalDate local = LocalDate.of(year, 3 + random.nextInt(8), 1 + random.nextInt(28));
                if (!swapped.contains(local)) {
                    off.add(local);
                }
            }
            List<OfficeHours> hours = p % 3 == 0
                    ? List.of(STANDARD, hours("2025-05-01", 7, 0), hours("2025-10-01", 7, 30),
                            hours("2026-05-01", 7, 0), hours("2026-10-01", 7, 30), hours("2027-05-01", 7, 0),
                            hours("2027-10-01", 7, 30))
                    : List.of(STANDARD);
            calendars.add(new ProvinceCalendar(ZONE, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), off, swapped,
                    hours));
        }
        return calendars;
    }

    private static OfficeHours hours(String from, int openHour, int openMinute) {
        return new OfficeHours(LocalDate.parse(from), LocalTime.of(openHour, openMinute), LocalTime.of(11, 30),
                LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0));
    }

    private static Dossier[] dossiers(int count, List<ProvinceCalendar> calendars, Random random) {
        long from = LocalDate.of(2025, 1, 1).atStartOfDay(ZONE).toEpochSecond();
        long to = LocalDate.of(2027, 1, 1).atStartOfDay(ZONE).toEpochSecond();
        Dossier[] dossiers = new Dossier[count];
        for (int i = 0; i < count; i++) {
            Instant accepted = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            TimeLimit limit = random.nextInt(10) < 7 ? new TimeLimit(1 + random.nextInt(60), TimeUnit.WORKING_DAYS)
                    : new TimeLimit(4 + random.nextInt(37), TimeUnit.WORKING_HOURS);
            dossiers[i] = new Dossier(calendars.get(random.nextInt(calendars.size())), accepted, limit);
        }
        return dossiers;
    }

    private static boolean outsideOfficeHours(Dossier d) {
        LocalDateTime local = LocalDateTime.ofInstant(d.acceptedAt(), d.calendar().zone());
        OfficeHours h = d.calendar().hoursOn(local.toLocalDate());
        LocalTime t = local.toLocalTime();
        boolean inShift = !t.isBefore(h.morningStart()) && t.isBefore(h.morningEnd())
                || !t.isBefore(h.afternoonStart()) && t.isBefore(h.afternoonEnd());
        return !d.calendar().isWorkingDay(local.toLocalDate()) || !inShift;
    }

    /** domain.md §3's example over the parsed days: accepted Thu 12/02/2026, 5 days, Tết -> 26/02/2026 17:00. */
    private static void check(ProvinceCalendar calendar) {
        Instant due = DeadlineClock.startAt(LocalDateTime.parse("2026-02-12T10:00").atZone(ZONE).toInstant(), 5)
                .dueAt(calendar);
        if (!due.equals(LocalDateTime.parse("2026-02-26T17:00").atZone(ZONE).toInstant())) {
            throw new IllegalStateException("the calendar read from " + V4 + " gives " + due + " for domain.md's"
                    + " example (expected 26/02/2026 17:00)");
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static int option(String[] args, String name, int fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return Integer.parseInt(a.substring(name.length() + 1));
            }
        }
        return fallback;
    }
}
