package dk.aarshjul.notifications.adapter.camunda;

/** The contract of {@code bpmn/notification.bpmn}: one mail job, its ids and variables, checked by a test. */
public final class NotificationProcess {

  public static final String PROCESS_KEY = "notification";

  public static final String START = "startEvent_mailRequested";
  /** Who gets the mail is decided when the job runs, not in the transaction of the person who caused it. */
  public static final String CHOOSE_RECIPIENTS = "serviceTask_chooseRecipients";
  /** One job per recipient: a mail server failing for one retries only that mail. */
  public static final String SEND_MAIL = "serviceTask_sendMail";
  public static final String END = "endEvent_mailSent";

  public static final class Var {
    public static final String TENANT = dk.aarshjul.engine.PlanVariables.TENANT;
    /** {@link dk.aarshjul.notifications.domain.MailKind#code()} */
    public static final String MAIL_KIND = "mailKind";
    public static final String TASK_ID = "taskId";
    /** The person a digest is for. */
    public static final String DIGEST_FOR = "digestFor";
    /** The digest's window, ISO instants. */
    public static final String SINCE = "since";
    public static final String UNTIL = "until";
    public static final String RECIPIENTS = "recipients";
    public static final String RECIPIENT = "recipient";

    private Var() {}
  }

  private NotificationProcess() {}
}
