import { createContext, useContext } from 'react';
import type { PathSegment } from '../../../shared/remiss/packageFile';
import type { KfGoal, RemissPackage } from '../../../shared/remiss/remissPackage';

/** The package's plain text fields, each set by one text input. */
export type TextField = 'title' | 'caseNumber' | 'issuer' | 'municipality' | 'introduction' | 'vision';

export type Change = (recipe: (draft: RemissPackage) => void) => void;
export type ChangeGoal = (index: number, recipe: (goal: KfGoal) => void) => void;
export type SetField = (field: TextField, value: string) => void;

/** The message for the field at `path`, or with `nested`, for the first problem anywhere inside it (a line of a list). */
export type ErrorAt = (path: PathSegment[], nested?: boolean) => string | undefined;
export const IssuesContext = createContext<ErrorAt>(() => undefined);
export const useErrorAt = () => useContext(IssuesContext);

export const shortId = () => crypto.randomUUID().slice(0, 8);
