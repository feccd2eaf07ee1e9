import { zodResolver } from '@hookform/resolvers/zod';
import { failureMessage } from '../../ui/failure-message';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { translateIfKey, useT } from '../../ui/use-t';
import { z } from 'zod';
import { matchingProfile, ProfileError, profileNameSchema, profileWeightsFor, type WeightProfile } from '@shared/compare/profiles';
import { availablePresets, clampWeight, matchingPreset, MAX_WEIGHT, MIN_WEIGHT, presetWeights, weightOf, type DomainWeights } from '@shared/compare/rank';
import type { DomainId, Questionnaire } from '@shared/questionnaire/schema';
import { weighsAnyDomain } from '@shared/scoring/domain-weights';
import { useApp } from '../../app/context';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';

/** The buyer's saved weight profiles, live from the store; undefined while loading. */
export function useWeightProfiles(): WeightProfile[] | undefined {
  const { store } = useApp();
  return useLiveQuery(() => store.settings.weightProfiles(), [store]);
}

interface Props {
  questionnaire: Questionnaire;
  weights: DomainWeights;
  profiles: WeightProfile[];
  onChange: (weights: DomainWeights) => void;
  explanation: string | null;
}

export function WeightsPanel({ questionnaire, weights, profiles, onChange, explanation }: Props) {
  const t = useT();
  const { store } = useApp();
  const toast = useToast();
  const language = useUiLanguage();
  const activePreset = matchingPreset(weights, questionnaire);
  const activeProfile = matchingProfile(profiles, weights, questionnaire);
  const presetsId = useId();
  const profilesId = useId();
  const errorId = useId();
  const [saving, setSaving] = useState(false);
  // Every weight at 0 scores nothing: said here, next to the weights, while the ranking and exports wait.
  const weighted = weighsAnyDomain(questionnaire, weights);

  const remove = async (profile: WeightProfile) => {
    await store.settings.deleteWeightProfile(profile.name);
    toast(t('compare.profiles.deletedToast', { name: profile.name }), 'success', {
      label: t('compare.profiles.undo'),
      run: () => void store.settings.saveWeightProfile(profile.name, profile.weights),
    });
  };

  return (
    <section className="card card-padded compare-weights" aria-labelledby="compare-weights-title">
      <h2 id="compare-weights-title">{t('compare.weights.title')}</h2>
      <p className="muted">{t('compare.weights.hint')}</p>
      <div className="compare-presets" role="group" aria-labelledby={presetsId}>
        <span id={presetsId} className="compare-presets-label">
          {t('compare.weights.presets')}
        </span>
        {availablePresets(questionnaire).map((preset) => (
          <button
            key={preset}
            type="button"
            className="button compare-preset"
            aria-pressed={activePreset === preset}
            data-preset={preset}
            onClick={() => onChange(presetWeights(preset, questionnaire))}
          >
            {t(`compare.weights.preset.${preset}`)}
          </button>
        ))}
        {activePreset === null && activeProfile === null && <span className="muted compare-custom">{t('compare.weights.custom')}</span>}
      </div>
      <div className="compare-presets" role="group" aria-labelledby={profilesId}>
        <span id={profilesId} className="compare-presets-label">
          {t('compare.profiles.saved')}
        </span>
        {profiles.map((profile) => (
          <span key={profile.name} className="compare-profile" data-profile={profile.name}>
            <button
              type="button"
              className="button compare-preset"
              aria-pressed={activeProfile?.name === profile.name}
              title={t('compare.profiles.weightsUsed', {
                weights: questionnaire.domains.map((d) => `${d.title[language]} ${weightOf(profile.weights, d)}`).join(', '),
              })}
              onClick={() => onChange(profileWeightsFor(profile, questionnaire))}
            >
              {profile.name}
            </button>
            <button
              type="button"
              className="button button-ghost compare-profile-delete"
              aria-label={t('compare.profiles.delete', { name: profile.name })}
              onClick={() => void remove(profile)}
            >
              ×
            </button>
          </span>
        ))}
        <button
          type="button"
          className="button button-ghost"
          onClick={() => setSaving(true)}
          disabled={!weighted}
          aria-describedby={weighted ? undefined : errorId}
          data-save-profile
        >
          {t('compare.profiles.save')}
        </button>
      </div>
      <ul className="compare-sliders">
        {questionnaire.domains.map((domain) => (
          <WeightControl
            key={domain.id}
            domainId={domain.id}
            title={domain.title[language]}
            value={weightOf(weights, domain)}
            errorId={weighted ? undefined : errorId}
            onChange={(value) => onChange({ ...weights, [domain.id]: value })}
          />
        ))}
      </ul>
      {!weighted && (
        <p id={errorId} className="field-error" role="alert" data-weights-error>
          {t('compare.weights.allZero')}
        </p>
      )}
      <p className="compare-explanation" role="status" aria-live="polite" aria-atomic="true" data-rank-explanation>
        {explanation ?? t('compare.explain.idle')}
      </p>
      {saving && weighted && (
        <SaveProfileDialog
          initialName={activeProfile?.name ?? ''}
          onClose={() => setSaving(false)}
          onSave={async (name) => {
            await store.settings.saveWeightProfile(name, weights);
            toast(t('compare.profiles.savedToast', { name }));
            setSaving(false);
          }}
        />
      )}
    </section>
  );
}

const formSchema = z.object({ name: profileNameSchema });
type FormValues = z.input<typeof formSchema>;

function SaveProfileDialog({ initialName, onSave, onClose }: { initialName: string; onSave: (name: string) => Promise<void>; onClose: () => void }) {
  const t = useT();
  const fieldId = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, z.output<typeof formSchema>>({ resolver: zodResolver(formSchema), defaultValues: { name: initialName } });

  const submit = handleSubmit(async ({ name }) => {
    try {
      await onSave(name);
    } catch (error) {
      setError('name', { message: error instanceof ProfileError ? error.messageKey : failureMessage(t, error) }, { shouldFocus: true });
    }
  });
  const error = errors.name?.message;
  return (
    <Dialog
      title={t('compare.profiles.dialogTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={fieldId}>{t('compare.profiles.nameLabel')}</label>
        <input
          id={fieldId}
          className="input"
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId}-hint`}
          {...register('name')}
        />
        {error ? (
          <p id={`${fieldId}-hint`} className="field-error" role="alert">
            {translateIfKey(t, error)}
          </p>
        ) : (
          <p id={`${fieldId}-hint`} className="field-hint">
            {t('compare.profiles.nameHint')}
          </p>
        )}
      </div>
    </Dialog>
  );
}

function WeightControl({
  domainId,
  title,
  value,
  errorId,
  onChange,
}: {
  domainId: DomainId;
  title: string;
  value: number;
  /** The weights' error message, while there is one. */
  errorId: string | undefined;
  onChange: (value: number) => void;
}) {
  const t = useT();
  const sliderId = useId();
  const numberId = useId();
  // What the number box shows: the weight, or what is being typed over it until the weight changes.
  const [draft, setDraft] = useState({ text: String(value), of: value });
  if (draft.of !== value) setDraft({ text: String(value), of: value });
  return (
    <li className="compare-slider" data-domain={domainId}>
      <label htmlFor={sliderId} className="compare-slider-label">
        {title}
      </label>
      <input
        id={sliderId}
        type="range"
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
        step={1}
        value={value}
        aria-label={t('compare.weights.slider', { domain: title })}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => onChange(clampWeight(Number(event.target.value)))}
      />
      <label htmlFor={numberId} className="visually-hidden">
        {t('compare.weights.number', { domain: title })}
      </label>
      <input
        id={numberId}
        className="input compare-weight-number"
        type="number"
        inputMode="numeric"
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
        step={1}
        value={draft.text}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          setDraft({ text: event.target.value, of: value });
          if (event.target.value.trim() !== '') {
            const next = clampWeight(Number(event.target.value));
            if (next !== value) onChange(next);
          }
        }}
        onBlur={() => setDraft({ text: String(value), of: value })}
      />
    </li>
  );
}
