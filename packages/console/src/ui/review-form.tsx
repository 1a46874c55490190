import {
  COMPLAINT_TAGS,
  type ComplaintTag,
  type Review,
  RUBRIC_RATINGS,
  RUSA_AREAS,
} from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import {
  COMPLAINT_TAG_NAMES,
  RUBRIC_RATING_NAMES,
  RUSA_AREA_NAMES,
} from '../state/quality-labels.ts';

export interface ReviewFormProps {
  initial: Review | null;
  onSave(review: Review): void;
}

const blank = (): Review => ({
  areas: Object.fromEntries(
    RUSA_AREAS.map((area) => [area, { rating: 'not_applicable', note: '' }]),
  ) as Review['areas'],
  tags: [],
  comment: '',
});

/** The review rubric: each RUSA 2023 area rated with a note, complaint tags, a comment. */
export function ReviewForm({ initial, onSave }: ReviewFormProps) {
  const [review, setReview] = useState<Review>(initial ?? blank());
  const setArea = (
    area: (typeof RUSA_AREAS)[number],
    change: Partial<Review['areas']['inclusion']>,
  ) =>
    setReview({
      ...review,
      areas: { ...review.areas, [area]: { ...review.areas[area], ...change } },
    });
  const toggleTag = (tag: ComplaintTag, on: boolean) =>
    setReview({
      ...review,
      tags: on ? [...review.tags, tag] : review.tags.filter((t) => t !== tag),
    });
  return (
    <form
      class="stack"
      aria-label="Review"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(review);
      }}
    >
      {RUSA_AREAS.map((area) => (
        <fieldset key={area} class="choice-list">
          <legend>{RUSA_AREA_NAMES[area]}</legend>
          <div class="row">
            {RUBRIC_RATINGS.map((rating) => (
              <label key={rating} class="choice">
                <input
                  type="radio"
                  name={`rubric-${area}`}
                  checked={review.areas[area].rating === rating}
                  onChange={() => setArea(area, { rating })}
                />
                {RUBRIC_RATING_NAMES[rating]}
              </label>
            ))}
          </div>
          <input
            type="text"
            aria-label={`${RUSA_AREA_NAMES[area]} note`}
            value={review.areas[area].note}
            onInput={(event) => setArea(area, { note: event.currentTarget.value })}
          />
        </fieldset>
      ))}
      <fieldset class="choice-list">
        <legend>Complaints</legend>
        {COMPLAINT_TAGS.map((tag) => (
          <label key={tag} class="check">
            <input
              type="checkbox"
              checked={review.tags.includes(tag)}
              onChange={(event) => toggleTag(tag, event.currentTarget.checked)}
            />
            {COMPLAINT_TAG_NAMES[tag]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="review-comment">Review comment</label>
        <textarea
          id="review-comment"
          rows={3}
          maxLength={4000}
          value={review.comment}
          onInput={(event) => setReview({ ...review, comment: event.currentTarget.value })}
        />
      </div>
      <div>
        <button type="submit" class="btn btn-primary">
          Save review
        </button>
      </div>
    </form>
  );
}
