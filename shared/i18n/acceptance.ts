import type { Widen } from './widen';

/**
 * Strings of accepting a finding's risk for a while. They load with the screens that use them
 * (renderer/src/ui/use-topic.ts), not with the first screen.
 */
export const acceptanceEn = {
  acceptance: {
    title: 'Accept the risk of finding {{finding}}',
    intro:
      'An accepted risk no longer counts as open, but stays listed as accepted until the date you set. After that day the finding is open again by itself.',
    justification: 'Why the risk is accepted',
    approver: 'Approved by',
    approverRole: 'Role of the approver',
    control: 'Compensating control',
    controlHint: 'What limits the risk meanwhile, for example a contract clause, monitoring or a manual check.',
    until: 'Accepted until',
    untilHint_one: 'At most {{count}} month from today.',
    untilHint_other: 'At most {{count}} months from today.',
    confirm: 'Accept the risk',
    done: 'Risk of finding {{finding}} accepted until {{date}}.',
    acceptedUntil: 'Accepted until {{date}} by {{approver}} ({{role}})',
    expired: 'Acceptance ran out on {{date}}: open again',
    errors: {
      justification: 'Say in at least 10 characters why the risk is accepted.',
      approver: 'Enter who approved the acceptance.',
      approverRole: 'Enter the approver’s role.',
      control: 'Describe the compensating control.',
      untilPast: 'Choose a day after today.',
      untilTooLate_one: 'An acceptance may run for at most {{count}} month: choose {{latest}} or earlier.',
      untilTooLate_other: 'An acceptance may run for at most {{count}} months: choose {{latest}} or earlier.',
      required: 'To accept a risk, say why, who approved it and until when.',
    },
  },
};

export const acceptanceDe: Widen<typeof acceptanceEn> = {
  acceptance: {
    title: 'Risiko von Befund {{finding}} akzeptieren',
    intro:
      'Ein akzeptiertes Risiko zählt nicht mehr als offen, bleibt aber bis zum gewählten Tag als akzeptiert aufgeführt. Danach ist der Befund von selbst wieder offen.',
    justification: 'Warum das Risiko akzeptiert wird',
    approver: 'Genehmigt von',
    approverRole: 'Funktion der genehmigenden Person',
    control: 'Ausgleichende Maßnahme',
    controlHint: 'Was das Risiko bis dahin begrenzt, etwa eine Vertragsklausel, eine Überwachung oder eine manuelle Prüfung.',
    until: 'Akzeptiert bis',
    untilHint_one: 'Höchstens {{count}} Monat ab heute.',
    untilHint_other: 'Höchstens {{count}} Monate ab heute.',
    confirm: 'Risiko akzeptieren',
    done: 'Risiko von Befund {{finding}} akzeptiert bis {{date}}.',
    acceptedUntil: 'Akzeptiert bis {{date}} von {{approver}} ({{role}})',
    expired: 'Akzeptanz am {{date}} abgelaufen: wieder offen',
    errors: {
      justification: 'Begründen Sie in mindestens 10 Zeichen, warum das Risiko akzeptiert wird.',
      approver: 'Geben Sie an, wer die Akzeptanz genehmigt hat.',
      approverRole: 'Geben Sie die Funktion der genehmigenden Person an.',
      control: 'Beschreiben Sie die ausgleichende Maßnahme.',
      untilPast: 'Wählen Sie einen Tag nach heute.',
      untilTooLate_one: 'Eine Akzeptanz gilt höchstens {{count}} Monat: Wählen Sie den {{latest}} oder früher.',
      untilTooLate_other: 'Eine Akzeptanz gilt höchstens {{count}} Monate: Wählen Sie den {{latest}} oder früher.',
      required: 'Um ein Risiko zu akzeptieren, geben Sie an, warum, wer es genehmigt hat und bis wann.',
    },
  },
};
