package dk.aarshjul.notifications.domain;

import dk.aarshjul.notifications.domain.Letter.Action;
import dk.aarshjul.notifications.domain.Letter.Block;
import dk.aarshjul.notifications.domain.Letter.Fact;
import dk.aarshjul.notifications.domain.Letter.Facts;
import dk.aarshjul.notifications.domain.Letter.Paragraph;
import dk.aarshjul.notifications.domain.Letter.Subheading;
import dk.aarshjul.shared.DanishTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What Årshjul writes to a person about their tasks, in Danish. */
public final class TaskLetters {

  static final String SIGNATURE = "Med venlig hilsen\nÅrshjul";
  static final String AUTOMATIC = "Denne e-mail er sendt automatisk og kan ikke besvares.";
  static final String WHY = "Du får denne e-mail, fordi du er blandt dem, der kan tage opgaven. Vil du hellere have "
      + "ét samlet overblik om dagen, kan du vælge det i dine indstillinger for e-mail i Årshjul.";

  private TaskLetters() {}

  /** A new task; for a consultation body, the invitation to the consultation. */
  public static Letter newTask(String personName, TaskNotice task) {
    if (task.isConsultation()) {
      return invitation(personName, task);
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Kære " + personName));
    blocks.add(new Paragraph("Du har fået en ny opgave i Årshjul for " + task.municipalityName() + "."));
    blocks.add(facts(task, "Frist"));
    blocks.add(open(task));
    closing(blocks);
    return new Letter("Ny opgave: " + task.listedName() + due(task, " – frist "), "Ny opgave: " + task.fullTaskName(), blocks);
  }

  private static Letter invitation(String personName, TaskNotice task) {
    String plan = task.planLabel() == null ? "planen" : task.planLabel();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Kære " + personName));
    blocks.add(new Paragraph(task.municipalityName() + " inviterer " + task.consultationBody()
        + " til at afgive høringssvar på udkastet til " + plan + "."));
    blocks.add(facts(task, "Høringsfrist"));
    blocks.add(new Action("Læs udkastet og afgiv høringssvaret i Årshjul", task.link()));
    blocks.add(new Paragraph("Er der ikke afgivet svar inden høringsfristen, registreres høringen som »intet svar«, "
        + "og planen går videre."));
    blocks.add(new Paragraph(SIGNATURE));
    blocks.add(new Paragraph(AUTOMATIC));
    return new Letter("Invitation til høring: " + plan + due(task, " – høringsfrist "),
        "Invitation til høring om " + plan, blocks);
  }

  /** The follow-up date of an open task has come. */
  public static Letter reminder(String personName, TaskNotice task) {
    String deadline = task.isConsultation() ? "Høringsfrist" : "Frist";
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Kære " + personName));
    blocks.add(new Paragraph(task.isConsultation()
        ? "Husk høringssvaret fra " + task.consultationBody() + (task.due() == null ? "." : ": høringsfristen er "
            + DanishTime.date(task.due()) + ".")
        : "Husk opgaven i Årshjul for " + task.municipalityName() + (task.due() == null ? "." : ": fristen er "
            + DanishTime.date(task.due()) + ".")));
    blocks.add(facts(task, deadline));
    blocks.add(open(task));
    closing(blocks);
    return new Letter("Påmindelse: " + task.listedName() + due(task, " – " + deadline.toLowerCase() + " "),
        "Påmindelse: " + task.fullTaskName(), blocks);
  }

  /** The day's new tasks and reminders in one mail; null when there is nothing to tell. */
  public static Letter digest(String personName, LocalDate day, List<TaskNotice> newTasks, List<TaskNotice> reminders) {
    if (newTasks.isEmpty() && reminders.isEmpty()) {
      return null;
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Kære " + personName));
    blocks.add(new Paragraph("Her er dit overblik over opgaverne i Årshjul " + DanishTime.date(day) + "."));
    section(blocks, newTasks.size() == 1 ? "Ny opgave" : "Nye opgaver", newTasks);
    section(blocks, reminders.size() == 1 ? "Påmindelse" : "Påmindelser", reminders);
    blocks.add(new Paragraph("Du får ét overblik om dagen, fordi du har valgt det i dine indstillinger for e-mail i "
        + "Årshjul. Dér kan du også vælge en e-mail for hver opgave i stedet."));
    blocks.add(new Paragraph(SIGNATURE));
    blocks.add(new Paragraph(AUTOMATIC));
    List<String> counts = new ArrayList<>();
    if (!newTasks.isEmpty()) {
      counts.add(newTasks.size() + (newTasks.size() == 1 ? " ny opgave" : " nye opgaver"));
    }
    if (!reminders.isEmpty()) {
      counts.add(reminders.size() + (reminders.size() == 1 ? " påmindelse" : " påmindelser"));
    }
    return new Letter("Dagligt overblik fra Årshjul " + DanishTime.date(day) + ": " + String.join(" og ", counts),
        "Dit overblik " + DanishTime.date(day), blocks);
  }

  private static void section(List<Block> blocks, String heading, List<TaskNotice> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    blocks.add(new Subheading(heading, 2));
    for (TaskNotice task : tasks) {
      blocks.add(new Subheading(task.fullTaskName(), 3));
      blocks.add(facts(task, task.isConsultation() ? "Høringsfrist" : "Frist"));
      blocks.add(open(task));
    }
  }

  private static Facts facts(TaskNotice task, String deadlineLabel) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Kommune", task.municipalityName()));
    if (task.planLabel() != null) {
      facts.add(new Fact("Plan", task.planLabel()));
      facts.add(new Fact("Planperiode", task.planPeriod()));
    }
    if (task.isConsultation()) {
      facts.add(new Fact("Høringspart", task.consultationBody()));
    }
    facts.add(new Fact("Opgave", task.fullTaskName()));
    facts.add(new Fact(deadlineLabel, task.due() == null ? "ingen frist" : DanishTime.date(task.due())));
    return new Facts(facts);
  }

  private static Action open(TaskNotice task) {
    return new Action("Åbn opgaven »" + task.fullTaskName() + "« i Tasklist", task.link());
  }

  private static void closing(List<Block> blocks) {
    blocks.add(new Paragraph(WHY));
    blocks.add(new Paragraph(SIGNATURE));
    blocks.add(new Paragraph(AUTOMATIC));
  }

  private static String due(TaskNotice task, String prefix) {
    return task.due() == null ? "" : prefix + DanishTime.date(task.due());
  }
}
