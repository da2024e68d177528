//! The content's words for each field and problem.

use super::form::Field;
use super::text::fill;
use super::validate::Problem;
use crate::content::{BookingCopy, FieldCopy};

/// The copy of a single-value field (window fields have their own).
pub fn field_copy(copy: &BookingCopy, field: Field) -> Option<&FieldCopy> {
    let f = &copy.fields;
    Some(match field {
        Field::Name => &f.name,
        Field::Email => &f.email,
        Field::Company => &f.company,
        Field::Role => &f.role,
        Field::Topic => &f.topic,
        Field::Traffic => &f.traffic,
        Field::Message => &f.message,
        Field::Timezone => &f.timezone,
        Field::WindowDate(_) | Field::WindowPart(_) | Field::Slot => return None,
    })
}

/// The field's name as the error summary shows it, e.g. "Window 2, Date".
pub fn field_name(copy: &BookingCopy, field: Field) -> String {
    match field {
        Field::WindowDate(i) | Field::WindowPart(i) => {
            let window = fill(&copy.windows.window, &[("n", &(i + 1).to_string())]);
            let part = if matches!(field, Field::WindowDate(_)) { &copy.windows.date } else { &copy.windows.part };
            fill(&copy.windows.field, &[("window", &window), ("field", part)])
        }
        Field::Slot => copy.calcom.field.clone(),
        _ => field_copy(copy, field).map(|c| c.label.clone()).unwrap_or_default(),
    }
}

/// The message for a problem with a field. `count` is the field's length in characters.
pub fn problem_message(copy: &BookingCopy, field: Field, problem: Problem, count: usize) -> String {
    let p = &copy.problems;
    match problem {
        Problem::Required => match field {
            Field::WindowDate(_) => copy.windows.required_date.clone(),
            Field::WindowPart(_) => copy.windows.required_part.clone(),
            Field::Slot => copy.calcom.required.clone(),
            _ => field_copy(copy, field).map(|c| c.required.clone()).unwrap_or_default(),
        },
        Problem::TooLong { max } => fill(&p.too_long, &[("max", &max.to_string()), ("count", &count.to_string())]),
        Problem::Email => p.email.clone(),
        Problem::Date => p.date.clone(),
        Problem::PastDate => p.past_date.clone(),
        Problem::ControlCharacter => p.control.clone(),
        Problem::DuplicateWindow { of } => fill(&p.duplicate, &[("n", &of.to_string())]),
        Problem::Choice => p.choice.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::validate::is_required;
    use crate::content;

    #[test]
    fn every_required_field_has_a_required_message() {
        let copy = content::booking();
        for field in Field::ALL.into_iter().filter(|f| is_required(*f)) {
            let message = problem_message(copy, field, Problem::Required, 0);
            assert!(!message.trim().is_empty(), "{field:?} needs a `required` message in content/booking.json");
        }
    }

    #[test]
    fn messages_fill_their_placeholders() {
        let copy = content::booking();
        let all = [
            Problem::TooLong { max: 100 },
            Problem::Email,
            Problem::Date,
            Problem::PastDate,
            Problem::ControlCharacter,
            Problem::DuplicateWindow { of: 1 },
            Problem::Choice,
        ];
        for problem in all {
            let message = problem_message(copy, Field::Name, problem, 101);
            assert!(!message.trim().is_empty() && !message.contains('{'), "{problem:?}: {message}");
        }
        let too_long = problem_message(copy, Field::Name, Problem::TooLong { max: 100 }, 101);
        assert!(too_long.contains("100") && too_long.contains("101"), "{too_long}");
    }

    #[test]
    fn every_field_has_a_name_for_the_summary() {
        let copy = content::booking();
        for field in Field::ALL {
            assert!(!field_name(copy, field).trim().is_empty(), "{field:?}");
        }
        assert!(field_name(copy, Field::WindowPart(1)).contains('2'));
    }
}
